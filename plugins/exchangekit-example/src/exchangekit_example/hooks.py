"""The plugin's hook implementations: the module the ``exchangekit`` entry point names."""

from __future__ import annotations

from exchangekit.formats import Exporter, Parser
from exchangekit.hookspecs import hookimpl
from exchangekit_example.handover_log import HandoverLogExporter, HandoverLogParser
from exchangekit_example.markdown import MarkdownExporter


@hookimpl
def exchangekit_parsers() -> list[type[Parser]]:
    """The handover log parser."""
    return [HandoverLogParser]


@hookimpl
def exchangekit_exporters() -> list[type[Exporter]]:
    """The handover log and Markdown exporters."""
    return [HandoverLogExporter, MarkdownExporter]
