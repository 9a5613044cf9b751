"""exchangekit's analysis tables as Apache Parquet files, for DuckDB, Polars, Spark or pandas.

Installed, it adds the ``parquet`` exporter to exchangekit through the
``exchangekit`` entry point. :func:`write_tables` writes every table into a
directory, one ``<table>.parquet`` file each.
"""

from __future__ import annotations

from exchangekit_parquet.exporter import ParquetExporter, write_tables

__version__ = "0.1.0"

__all__ = ["ParquetExporter", "__version__", "write_tables"]
