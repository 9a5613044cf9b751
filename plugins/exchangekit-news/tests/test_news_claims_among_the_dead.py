"""A month's toll sorted by who its people were: "Among those killed in May were 12 children".

A monthly update gives the month's toll and then opens a sentence on "among" and
the people of that kind of loss in the month ("Among those killed in March", "Among
the injured that month") to say who some of them were. The figure after the copula
is a breakdown of the month's toll, as in "Among them were 25 marines", not a count
of losses of its own. Without a month the same opening gives the running count of
those people ("Among those killed were 669 children"), which stays a claim; a
sentence that opens on "among" something else and then tells a toll is read as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "opening",
    [
        "Among those killed in March were",
        "Among the injured that month were",
        "Among the dead in March was",
    ],
)
def test_news_part_among_the_dead_is_no_claim(news: News, found: Found, opening: str) -> None:
    """The monthly tolls are read; the children among their people are not."""
    text = (
        "In March the monitors confirmed that 140 civilians were killed and 610 injured "
        f"across Ukraine. {opening} 23 children, the monitors said."
    )
    got = found(news(text))
    assert ("UKR", "killed", Count.exact(140)) in got
    assert all(count != Count.exact(23) for _, _, count in got)


def test_news_toll_after_another_among_opening_is_read(news: News, found: Found) -> None:
    """Near miss: "Among its findings" names no loss, so the toll after it is a claim."""
    text = (
        "Among its findings for March, the mission said 140 civilians were killed across Ukraine."
    )
    assert ("UKR", "killed", Count.exact(140)) in found(news(text))


def test_news_part_among_the_dead_without_a_month_stays_a_claim(news: News, found: Found) -> None:
    """Near miss: with no month, the children among the dead are their running count."""
    text = (
        "Since the invasion the monitors have confirmed that 9,800 civilians have been "
        "killed across Ukraine. Among those killed were 540 children."
    )
    assert ("UKR", "killed", Count.exact(540)) in found(news(text))
