"""A dash after a count of exchanges opens their list when each item names its day.

"September saw two swaps - 60 came home on the 3rd, ..." tells the swaps one by one,
as a colon does, so a figure there is one exchange, not a running total. A pair of
dashes sets off an aside, and a figure with no day of its own stays unread as one swap;
nor is a day that dates a running total ("have come home as of 2 October") an item's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Period

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "September brought two exchanges in two weeks - 61 people, most of them "
        "civilians, returned to Ukraine on September 11.",
        "September saw two handovers \u2014 61 civilians came back to Ukraine on 11 September.",
        "There were two swaps in a fortnight \u2013 61 Ukrainians were freed on Sept. 11, "
        "and more followed later.",
    ],
)
def test_news_a_dash_after_counted_swaps_opens_a_dated_item(news: News, text: str) -> None:
    read = news(text, published=date(2024, 12, 31))
    assert not read.tallies
    legs = [(str(t.receiver), str(t.count)) for e in read.exchanges for t in e.transfers]
    assert legs == [("UKR", "61")]
    assert read.exchanges[0].period == Period.day(date(2024, 9, 11))


@pytest.mark.parametrize(
    "text",
    [
        # two dashes: an aside, after which the figure sums the exchanges counted
        "In 58 exchanges - the latest in May - 4,500 people have come home.",
        # no day named with the figure: it may be their sum
        "There were 58 exchanges - 4,500 people came home in all.",
    ],
)
def test_news_a_dash_without_a_dated_item_makes_no_single_swap(news: News, text: str) -> None:
    read = news(text, published=date(2024, 12, 31))
    assert all(str(t.count) != "4,500" for e in read.exchanges for t in e.transfers)


@pytest.mark.parametrize(
    "text",
    [
        # the day a running total stood, not the day of one item
        "Kyiv has taken part in 47 swaps - 3,900 of its people have returned as of 2 October.",
        "The two sides have held 47 swaps \u2014 3,900 Ukrainians have come back by 2 October.",
        "There have been 47 exchanges - 3,900 people were freed through 2 October.",
        # a present perfect tells a total even when the day is put with "on"
        "Kyiv has taken part in 47 swaps - 3,900 of its people have returned on 2 October.",
    ],
)
def test_news_a_dash_before_a_total_dated_as_of_a_day_opens_no_list(news: News, text: str) -> None:
    read = news(text, published=date(2024, 12, 31))
    assert all(str(t.count) != "3,900" for e in read.exchanges for t in e.transfers)


def test_news_a_dash_before_a_total_as_of_a_day_keeps_the_tally(news: News) -> None:
    read = news(
        "Ukraine has held 47 swaps - 3,900 Ukrainians have come home as of 2 October.",
        published=date(2024, 12, 31),
    )
    assert not read.exchanges
    assert [(str(t.receiver), str(t.count)) for t in read.tallies] == [("UKR", "3,900")]
