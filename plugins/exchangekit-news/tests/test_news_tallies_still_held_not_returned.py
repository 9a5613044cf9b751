"""People still held after a running total are no other way of it (issue 8).

"... brought the number of soldiers freed to 3,100, and that it was working for the
return of 2,500 still held": the figure after "the return of" counts captives still in
captivity, so it is neither the total's other way nor any handover. A bare figure
given back in return ("while receiving 90 in return") stays the other way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_DAY = date(2025, 9, 12)


@pytest.mark.parametrize(
    "text",
    [
        "The ombudsman said the latest swap brought the number of Ukrainian soldiers freed "
        "since 2022 to 3,100, and that his office was working for the return of 2,500 still held.",
        "Kyiv said the exchange raised the total of civilians freed since the invasion to "
        '640 and that it kept pressing for the return of "several hundred" still in '
        "captivity.",
    ],
)
def test_news_captives_still_held_are_no_other_way(news: News, text: str) -> None:
    """Only the total itself is a tally; the captives give no record of a move."""
    result = news(text, published=_DAY)
    assert {t.receiver.code for t in result.tallies} == {"UKR"}
    assert result.exchanges == []


def test_news_bare_figure_in_return_stays_the_other_way(news: News) -> None:
    """Near miss: a figure given back, with no word of holding, is the total's other way."""
    result = news(
        "Since 2022 Ukraine has received 7,000 bodies, while handing back 90 in return.",
        published=_DAY,
    )
    assert {(t.sender.code, t.receiver.code) for t in result.tallies} == {
        ("RUS", "UKR"),
        ("UKR", "RUS"),
    }
