"""A running total's way after a sentence that told its side receiving, then giving (issue 8).

"Kyiv took in 500 bodies each month, handing back a few dozen Russian dead, and, in
all, more than 9,000 bodies have come home this year": the side named received first,
so it is the home of the total; it gave back only the few dozen. A total "since 2022"
told after that running total in the same sentence carries on its way, not the way of
the few dozen handed back. The side that only gave ("Russia freed 90 soldiers; so far
3,767 soldiers have returned") stays no home. A part of a group "of whom 40" that the
verb after it tells something else of ("said they had been beaten") is no handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_DAY = date(2025, 12, 30)
_GAVE_AFTER_GETTING = (
    "Kyiv took in 500 bodies each month, handing back a few dozen Russian dead, and, in "
    "all, more than 9,000 bodies have come home this year, according to the ministry, "
    "which says the total since the invasion has passed 15,000."
)


def test_news_total_comes_home_to_the_side_that_received_first(news: News) -> None:
    """Both totals are Ukraine's, received from Russia, never the few dozen's way."""
    result = news(_GAVE_AFTER_GETTING, published=_DAY)
    ways = {
        (t.count.low, t.sender.code, t.receiver.code)
        for t in result.tallies
        if t.count.low is not None and t.count.low > 1000
    }
    assert ways == {(9001, "RUS", "UKR"), (15001, "RUS", "UKR")}


def test_news_side_that_only_gave_is_no_home_of_the_total(news: News) -> None:
    """Near miss: the side named only handed people over, so they came back elsewhere."""
    result = news("Moscow freed 85 soldiers; so far 3,640 soldiers have returned.", published=_DAY)
    ways = {(t.sender.code, t.receiver.code) for t in result.tallies if t.count.low == 3640}
    assert ways == {("RUS", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "The monitors spoke to 70 soldiers freed in swaps this year, of whom 52 said they "
        "had been beaten.",
        "The doctors examined 80 prisoners released in exchanges in the autumn, of whom "
        "33 reported lasting injuries.",
    ],
)
def test_news_part_told_doing_something_else_is_no_handover(news: News, text: str) -> None:
    """The part's own verb moves no one: neither a tally nor an exchange of the part."""
    result = news(text, published=_DAY)
    figures = {t.count.low for t in result.tallies} | {
        leg.count.low for e in result.exchanges for leg in e.transfers
    }
    assert not figures & {52, 33}


def test_news_part_freed_of_whom_is_still_read(news: News) -> None:
    """Near miss: "of whom 40 were wounded" keeps the whole's handover."""
    result = news(
        "In the swaps this year Ukraine got back 300 soldiers, of whom 40 were wounded.",
        published=_DAY,
    )
    assert any(t.count.low == 300 and t.receiver.code == "UKR" for t in result.tallies)


def test_news_total_after_a_smaller_other_way_keeps_the_main_way(news: News) -> None:
    """Near miss: a smaller figure told the other way is no way for the total to carry on."""
    result = news(
        "Ukraine got back another 900 bodies in October, while Russia received fewer than "
        "200 bodies over the whole year, bringing the total for the year to well over 8,000.",
        published=_DAY,
    )
    ways = {(t.sender.code, t.receiver.code) for t in result.tallies if t.count.low == 8001}
    assert ways == {("RUS", "UKR")}
