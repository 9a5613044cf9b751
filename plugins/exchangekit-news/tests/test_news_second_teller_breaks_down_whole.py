"""A second teller who restates a whole to break it down owns the breakdown.

"Of the 150 Ukrainians freed, he says, 120 are servicemen and 30 are civilians": the
ombudsman tells the whole again, as the first teller gave it, and splits it by kind;
the parts are the same people as the whole, so only the whole is recorded. Parts a
second source gives without the whole beside them are its own account and stay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]

_OPENING = (
    "Kyiv said on Tuesday that 150 Ukrainians had come home. More detail came from "
    "Ukraine's human rights ombudsman. "
)


def _legs(read: Any) -> list[tuple[str, str, int]]:
    return sorted(
        (t.receiver.code, t.category.value, t.count.best)
        for e in read.exchanges
        for t in e.transfers
    )


def test_news_whole_restated_by_second_teller_keeps_parts_out(news: News) -> None:
    """ "Of the 150 ... freed, he says, 120 are ... and 30 are ...": the whole alone."""
    text = _OPENING + "Of the 150 Ukrainians freed, he says, 120 are servicemen and 30 civilians."
    assert _legs(news(text)) == [("UKR", "other", 150)]


def test_news_second_tellers_parts_without_the_whole_stay(news: News) -> None:
    """Near miss: "he says 120 servicemen and 30 civilians came back" restates no whole."""
    text = _OPENING + "He says 120 servicemen and 30 civilians came back."
    assert _legs(news(text)) == [
        ("UKR", "civilians", 30),
        ("UKR", "other", 150),
        ("UKR", "prisoners_of_war", 120),
    ]
