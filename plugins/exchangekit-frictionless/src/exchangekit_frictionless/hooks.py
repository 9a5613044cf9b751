"""The plugin's hook implementations: the module the ``exchangekit`` entry point names."""

from __future__ import annotations

from exchangekit.formats import Exporter, Parser
from exchangekit.hookspecs import hookimpl
from exchangekit_frictionless.reading import DataPackageParser
from exchangekit_frictionless.writing import DataPackageExporter


@hookimpl
def exchangekit_parsers() -> list[type[Parser]]:
    """The ``datapackage`` parser."""
    return [DataPackageParser]


@hookimpl
def exchangekit_exporters() -> list[type[Exporter]]:
    """The ``datapackage`` exporter."""
    return [DataPackageExporter]
