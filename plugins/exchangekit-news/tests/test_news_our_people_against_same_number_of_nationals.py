"""Homecomers of no told side are the other side's people than "the same number of" nationals.

"Ninety of our soldiers came home, and the same number of Russian servicemen went
back": whose "our" it is the transcript does not say, but the clause joined after
trades the same number of Russia's people, so the ninety came home to Ukraine. A
clause that moves no one ("were captured") tells no trade, and nothing is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]

_OPENING = "ANCHOR: And this comes after an exchange.\n\nREPORTER: That's right. "


def _legs(read: Any) -> list[tuple[str, str, int]]:
    return sorted(
        (t.sender.code, t.receiver.code, t.count.best) for e in read.exchanges for t in e.transfers
    )


def test_news_our_people_come_home_against_the_nationals_traded(news: News) -> None:
    """ "ninety of our soldiers came home, and the same number of Russian ... went back"."""
    text = _OPENING + (
        "On Monday, ninety of our soldiers came home, and the same number of Russian "
        "servicemen went back."
    )
    assert _legs(news(text)) == [("RUS", "UKR", 90), ("UKR", "RUS", 90)]


def test_news_same_number_not_moved_tells_no_home(news: News) -> None:
    """Near miss: "the same number of Russian servicemen were captured": no trade, no leg."""
    text = _OPENING + (
        "On Monday, ninety of our soldiers came home, and the same number of Russian "
        "servicemen were captured near the town."
    )
    assert _legs(news(text)) == []
