"""The plugin's hook implementations: the module the ``exchangekit`` entry point names."""

from __future__ import annotations

from exchangekit.formats import Exporter, Parser
from exchangekit.hookspecs import hookimpl
from exchangekit_hxl.exporter import HxlExporter
from exchangekit_hxl.parser import HxlParser


@hookimpl
def exchangekit_parsers() -> list[type[Parser]]:
    """The HXL parser."""
    return [HxlParser]


@hookimpl
def exchangekit_exporters() -> list[type[Exporter]]:
    """The HXL exporter."""
    return [HxlExporter]
