"""An exchangekit plugin that writes one self-contained HTML report of a dataset.

Installed, it adds the ``html`` exporter, found through the ``exchangekit``
entry point: ``exchangekit convert data.json report.html`` or
``exchangekit report --format html -o report.html``.
"""

from __future__ import annotations

from exchangekit_html.exporter import HtmlExporter

__version__ = "0.1.0"

__all__ = ["HtmlExporter", "__version__"]
