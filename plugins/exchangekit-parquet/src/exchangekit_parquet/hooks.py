"""The plugin's hook implementation: the module the ``exchangekit`` entry point names."""

from __future__ import annotations

from exchangekit.formats import Exporter
from exchangekit.hookspecs import hookimpl
from exchangekit_parquet.exporter import ParquetExporter


@hookimpl
def exchangekit_exporters() -> list[type[Exporter]]:
    """The ``parquet`` exporter."""
    return [ParquetExporter]
