""" ", all of them <date>" dates the whole figure: it is no share of a running total.

", most of them this year" puts a part of a figure in a period, so the figure spans
many handovers. ", all of them on Sunday" says the opposite: every one of the people
came home that day, so the figure is that day's handover (or that month's, or year's),
never a running total since the war began. Every text here is read as published on
10 June 2025 (a Tuesday).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

PUBLISHED = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("when", "period"),
    [("on Sunday", "2025-06-08"), ("in May", "2025-05"), ("in 2024", "2024")],
)
def test_news_all_of_them_dates_the_handover(
    news: Callable[..., Any], when: str, period: str
) -> None:
    read = news(f"Kyiv got back 212 of its troops, all of them {when}.", published=PUBLISHED)
    assert read.tallies == []
    assert read.day_receipts() == {(period, "UKR", "212")}


def test_news_all_of_them_in_a_longer_sentence(news: Callable[..., Any]) -> None:
    # the harder form: Russia as sender, the kind after the figure, a second aside
    read = news(
        "Moscow handed over 64 Ukrainian prisoners of war, all of them in April, as part"
        " of one swap.",
        published=PUBLISHED,
    )
    assert read.tallies == []
    assert read.day_receipts() == {("2025-04", "UKR", "64")}


def test_news_most_of_them_still_makes_a_total(news: Callable[..., Any]) -> None:
    # near-miss: a real share in a period still marks a figure of many handovers
    read = news(
        "Kyiv has got back 2,400 of its troops, most of them this year.", published=PUBLISHED
    )
    assert [(y.receiver.code, str(y.count)) for y in read.tallies] == [("UKR", "2,400")]
