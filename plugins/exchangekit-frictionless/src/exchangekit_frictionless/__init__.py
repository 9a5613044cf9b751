"""Frictionless Data Packages for exchangekit: the ``datapackage`` parser and exporter.

A package is ``datapackage.json`` and one CSV table per kind of row
(exchanges, transfers, claims, tallies, sources, quotes, citations, parties),
each described by a Table Schema, zipped for :func:`exchangekit.export` or
written to a directory by :func:`write_package`. Installed, the plugin is
found through the ``exchangekit`` entry point.
"""

from __future__ import annotations

from exchangekit_frictionless.reading import DataPackageParser, read_package
from exchangekit_frictionless.schema import TABLES, package_descriptor
from exchangekit_frictionless.writing import DESCRIPTOR, DataPackageExporter, write_package

__version__ = "0.1.0"

__all__ = [
    "DESCRIPTOR",
    "TABLES",
    "DataPackageExporter",
    "DataPackageParser",
    "__version__",
    "package_descriptor",
    "read_package",
    "write_package",
]
