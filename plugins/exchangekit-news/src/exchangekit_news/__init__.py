"""exchangekit-news: prisoner exchanges, repatriations and casualty claims read from English news.

Installed, it gives :func:`exchangekit.parse` a parser named ``news``::

    exchangekit.parse("article.txt", format="news", published=date(2025, 10, 23))

Rules and a small grammar of figures and dates, not a statistical model: what
it reads, and what it does not, is listed in the package README.
"""

from __future__ import annotations

from exchangekit_news.parser import CONFLICT_START, NewsParser, read_text

__all__ = ["CONFLICT_START", "NewsParser", "read_text"]
__version__ = "0.1.0"
