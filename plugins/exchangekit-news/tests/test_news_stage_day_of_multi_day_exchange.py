"""The day of one stage does not date an exchange told over several days.

"The 500-for-500 swap took place over two days, with 200 freed on Monday": the "with"
clause gives one day's part of the whole and that day. The whole took two days, so
Monday is no date of it; the whole is read as an undated report instead. A "with"
clause after a one-day exchange ("took place on Monday, with ...") changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
DayCounts = Callable[[Any], Any]
THURSDAY = date(2025, 6, 12)
MONDAY = (THURSDAY - timedelta(days=3)).isoformat()
WEEKDAYS = {
    "Monday": MONDAY,
    "Tuesday": (THURSDAY - timedelta(days=2)).isoformat(),
    "Saturday": (THURSDAY - timedelta(days=5)).isoformat(),
}


@pytest.mark.parametrize(
    ("text", "whole", "day"),
    [
        (
            "The 500-for-500 swap took place over two days, with 200 freed on Monday.",
            500,
            "Monday",
        ),
        (
            "The 1,200-for-1,200 exchange took place over several days, with 400 freed on"
            " Saturday.",
            1_200,
            "Saturday",
        ),
        (
            "Russia and Ukraine exchanged 700 prisoners each over four days, with 100 freed"
            " on Tuesday.",
            700,
            "Tuesday",
        ),
        # a count of days past ten, in digits
        (
            "The 300-for-300 exchange took place over 11 days, with 90 freed on Tuesday.",
            300,
            "Tuesday",
        ),
    ],
)
def test_news_a_stage_day_is_no_date_of_the_whole(
    news: News, text: str, whole: int, day: str, day_counts: DayCounts
) -> None:
    found = day_counts(news(text, published=THURSDAY))
    assert {count for _, count in found} == {Count.exact(whole)}
    assert all(period != WEEKDAYS[day] for period, _ in found)


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=100, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    days=st.sampled_from(["two", "three", "4", "12", "twelve", "several"]),
)
def test_news_the_whole_never_takes_its_stage_day(
    news: News, n: int, days: str, day_counts: DayCounts
) -> None:
    """Whatever the size and the count of days, Monday's stage does not date the whole."""
    text = f"The {n:,}-for-{n:,} exchange took place over {days} days, with 90 freed on Monday."
    assert all(period != MONDAY for period, _ in day_counts(news(text, published=THURSDAY)))


def test_news_a_one_day_exchange_keeps_its_day(news: News, day_counts: DayCounts) -> None:
    """Near miss: the day in the exchange's own clause still dates it."""
    text = "The 500-for-500 swap took place on Monday, with 200 soldiers among those freed."
    assert (MONDAY, Count.exact(500)) in day_counts(news(text, published=THURSDAY))


def test_news_a_stage_day_of_one_day_dates_the_whole(news: News, day_counts: DayCounts) -> None:
    """Near miss: "over one day" is no spread, so Tuesday still dates the exchange."""
    text = "The 300-for-300 exchange took place over one day, with 90 freed on Tuesday."
    assert (WEEKDAYS["Tuesday"], Count.exact(300)) in day_counts(news(text, published=THURSDAY))


def test_news_a_day_the_span_ends_on_still_dates_it(news: News, day_counts: DayCounts) -> None:
    """Near miss: a day told of the whole ("and ended on Monday") is kept."""
    text = "The 500-for-500 swap took place over two days and ended on Monday."
    assert (MONDAY, Count.exact(500)) in day_counts(news(text, published=THURSDAY))
