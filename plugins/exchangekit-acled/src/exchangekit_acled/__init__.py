"""An exchangekit parser for ACLED event exports: one incident casualty claim per event.

Installed, it adds the ``acled`` parser to exchangekit, found through the
``exchangekit`` entry point; ``exchangekit.parse("export.csv")`` picks it when
the header names ACLED's columns.
"""

from __future__ import annotations

from exchangekit_acled.parser import ACLED, REQUIRED_COLUMNS, AcledParser, read_exports

__version__ = "0.1.0"

__all__ = ["ACLED", "REQUIRED_COLUMNS", "AcledParser", "__version__", "read_exports"]
