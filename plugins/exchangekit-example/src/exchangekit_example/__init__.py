"""An example exchangekit plugin: a hand-kept handover log format, and Markdown tables.

Installed, it adds the ``handover_log`` parser and exporter and the
``markdown`` exporter to exchangekit, found through the ``exchangekit`` entry
point; nothing here needs importing by hand.
"""

from __future__ import annotations

from exchangekit_example.handover_log import HandoverLogExporter, HandoverLogParser
from exchangekit_example.markdown import MarkdownExporter

__version__ = "0.1.0"

__all__ = ["HandoverLogExporter", "HandoverLogParser", "MarkdownExporter", "__version__"]
