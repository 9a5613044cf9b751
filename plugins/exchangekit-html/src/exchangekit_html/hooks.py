"""The plugin's hook implementation: the module the ``exchangekit`` entry point names."""

from __future__ import annotations

from exchangekit.formats import Exporter
from exchangekit.hookspecs import hookimpl
from exchangekit_html.exporter import HtmlExporter


@hookimpl
def exchangekit_exporters() -> list[type[Exporter]]:
    """The ``html`` report exporter."""
    return [HtmlExporter]
