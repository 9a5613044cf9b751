"""A sum "in all" over a month, given for a figure the other way, is two totals, not one swap.

"In all, Kyiv took back 900 bodies in March, in return for 40": a month of handovers
summed, each way, so both figures are running totals covering that month. With a day
("In all, 215 came home on Friday in return for 55") or no date the sum is one swap's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

# published Thursday 23 October 2025


@pytest.mark.parametrize(
    ("text", "back", "other", "covers"),
    [
        (
            "In all, Kyiv took back 900 bodies in March, in return for 40.",
            900,
            40,
            "2025-03-01/2025-03-31",
        ),
        (
            "In all, Ukraine says, it received 1,450 bodies from Russia in August, "
            "in return for 35.",
            1450,
            35,
            "2025-08-01/2025-08-31",
        ),
        (
            "In all, the ministry said, Moscow handed over 2,300 bodies in May, "
            "in exchange for 61.",
            2300,
            61,
            "2025-05-01/2025-05-31",
        ),
    ],
)
def test_news_a_month_summed_in_all_gives_a_total_each_way(
    news: News, text: str, back: int, other: int, covers: str
) -> None:
    result = news(text)
    assert not result.exchanges
    assert {(t.sender.code, t.receiver.code, t.count, str(t.covers)) for t in result.tallies} == {
        ("RUS", "UKR", Count.exact(back), covers),
        ("UKR", "RUS", Count.exact(other), covers),
    }


@pytest.mark.parametrize(
    "text",
    [
        "In all, 215 Ukrainians came home on Friday, Kyiv said, in return for 55 Russians.",
        "In all, 215 Ukrainians came home in return for 55 Russians.",
        "In all, Ukraine received 215 prisoners last week in return for 55.",
    ],
)
def test_news_a_sum_in_all_of_one_day_or_none_stays_one_swap(news: News, text: str) -> None:
    """Near miss: a day, a week or no date leaves the sum one swap's two groups."""
    result = news(text)
    assert not result.tallies
    assert sorted(str(t.count) for e in result.exchanges for t in e.transfers) == ["215", "55"]


@settings(max_examples=20, deadline=None)
@given(
    back=st.integers(min_value=100, max_value=9_000).filter(lambda n: not 1800 <= n <= 2100),
    other=st.integers(min_value=2, max_value=99),
    month=st.sampled_from(["January", "April", "June", "September"]),
)
def test_news_a_month_summed_in_all_is_two_totals_whatever_the_numbers(
    news: News, back: int, other: int, month: str
) -> None:
    text = f"In all, Kyiv received {back:,} bodies from Russia in {month}, in return for {other}."
    result = news(text, published=date(2025, 10, 23))
    assert not result.exchanges
    assert {(t.sender.code, t.count) for t in result.tallies} == {
        ("RUS", Count.exact(back)),
        ("UKR", Count.exact(other)),
    }
