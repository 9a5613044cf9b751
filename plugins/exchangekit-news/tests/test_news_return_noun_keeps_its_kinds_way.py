"""A "return of N" with no side goes the one way every earlier figure of its kind went.

"Eleven children had been returned to Ukraine. In January, a separate return of seven
children took place": the noun names the seven's coming home, and the text has moved
children one way only, so they came home that way too. Where the kind went both ways
before, the home is not told and nothing is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]


def _legs(read: Any) -> list[tuple[str, str, int]]:
    return sorted(
        (t.sender.code, t.receiver.code, t.count.best) for e in read.exchanges for t in e.transfers
    )


def test_news_separate_return_of_children_goes_their_way(news: News) -> None:
    """ "a separate return of four children took place": to Ukraine, like the nine."""
    text = (
        "Qatar said on Tuesday that nine children had been brought back to Ukraine. "
        "In August, a separate return of four children took place with the help of the Vatican."
    )
    assert _legs(news(text)) == [("RUS", "UKR", 4), ("RUS", "UKR", 9)]


def test_news_return_of_a_kind_moved_both_ways_is_not_read(news: News) -> None:
    """Near miss: soldiers went both ways before, so "a return of 20 soldiers" has no home."""
    text = (
        "Russia handed over 100 soldiers to Ukraine on Tuesday, and Ukraine handed over "
        "100 to Russia. In August, a separate return of 20 soldiers took place."
    )
    assert all(n != 20 for _, _, n in _legs(news(text)))
