"""HXL for exchangekit: hashtagged CSV tables that the Humanitarian Data Exchange's tools read.

Installed, it adds the ``hxl`` parser and exporter, found through the
``exchangekit`` entry point. The column-by-column mapping is in
:mod:`exchangekit_hxl.mapping`; :func:`kept` says what survives a round trip.
"""

from __future__ import annotations

from exchangekit_hxl.exporter import HxlExporter
from exchangekit_hxl.mapping import CATEGORY_TAGS, COLUMNS, PATTERNS, Column, kept
from exchangekit_hxl.parser import HxlParser

__version__ = "0.1.0"

__all__ = [
    "CATEGORY_TAGS",
    "COLUMNS",
    "PATTERNS",
    "Column",
    "HxlExporter",
    "HxlParser",
    "__version__",
    "kept",
]
