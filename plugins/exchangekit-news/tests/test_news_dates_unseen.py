"""Dates read by broad rules of news writing, each tried on sentences worded several ways.

Round two of issue 8: the date rules that generalised worst. Every rule here is
a habit of reporting (a live blog's full stamp, a headline's own date, a "since"
clause, a relative clause on the people counted), not one article's words.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news import NewsParser
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Exchange, Period

News = Callable[..., Any]

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
)


def _exchanges(text: str, published: date) -> list[Exchange]:
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=published)
    return [i for i in items if isinstance(i, Exchange)]


# -- a live blog's stamp with its full date -------------------------------------------


def test_news_a_blog_stamp_with_day_month_and_time_dates_its_entry(news: News) -> None:
    # Regression: "Thursday 9 October, 11:20" was no stamp; "today" in the entry under it
    # was the day the page was last updated.
    text = (
        "Live: the autumn prisoner swap\n\n"
        "This page was last updated on Saturday 11 October 2025.\n\n"
        "Thursday 9 October, 11:20\n\n"
        "Kyiv says 120 of its soldiers crossed back from Russia today.\n\n"
        "Friday 10 October, 18:05\n\n"
        "A second group of 80 Ukrainian prisoners came home, officials said."
    )
    first, second = news(text, published=date(2025, 10, 11)).exchanges
    assert first.period == Period.day(date(2025, 10, 9))
    assert second.period == Period.day(date(2025, 10, 10))


@pytest.mark.parametrize(
    "stamp", ["Monday 6 October, 09:45", "6 October, 09:45", "Monday, 6 October - 09:45"]
)
def test_news_full_blog_stamps_written_differently_are_read(news: News, stamp: str) -> None:
    text = f"Swap day live\n\n{stamp}\n\nRussia has released 64 Ukrainian servicemen today."
    (exchange,) = news(text, published=date(2025, 10, 8)).exchanges
    assert exchange.period == Period.day(date(2025, 10, 6))


@given(day=st.integers(1, 28), month=st.integers(0, 10), hour=st.integers(0, 23))
def test_news_a_full_blog_stamp_always_dates_its_entry(day: int, month: int, hour: int) -> None:
    text = (
        f"Live updates\n\n{day} {_MONTHS[month]}, {hour:02d}:30\n\n"
        "Ukraine says 45 of its soldiers came home from captivity today."
    )
    (exchange,) = _exchanges(text, date(2025, 12, 31))
    assert exchange.period == Period.day(date(2025, month + 1, day))


# -- a headline's year that dates or numbers the page is no topic year -----------------


@pytest.mark.parametrize(
    "headline",
    [
        "Prisoner swaps: the live page, Monday 13 January 2025",
        "Policy Brief 2025/01: the exchange channel",
        "Exchanges in review (published January 13, 2025)",
    ],
)
def test_news_a_headline_year_that_dates_or_numbers_the_page_is_no_topic(
    news: News, headline: str
) -> None:
    # Regression: the headline's 2025 was taken as the year the piece is about, and
    # "on 28 December", told in January, became a December still to come.
    text = f"{headline}\n\nOn 28 December, 140 Ukrainian soldiers came home from captivity."
    (exchange,) = news(text, published=date(2025, 1, 13)).exchanges
    assert exchange.period == Period.day(date(2024, 12, 28))


def test_news_a_headline_about_a_year_still_gives_it(news: News) -> None:
    text = "What the 2023 swaps added up to\n\nOn 7 March, 90 Ukrainian soldiers came home."
    (exchange,) = news(text, published=date(2025, 1, 13)).exchanges
    assert exchange.period == Period.day(date(2023, 3, 7))


@given(day=st.integers(1, 28), month=st.integers(0, 10))
def test_news_a_day_under_a_dated_headline_is_never_after_publication(day: int, month: int) -> None:
    published = date(2025, 1, 13)
    text = (
        "The exchange desk, Monday 13 January 2025\n\n"
        f"On {day} {_MONTHS[month]}, 60 Ukrainian prisoners were freed."
    )
    (exchange,) = _exchanges(text, published)
    assert exchange.period.end <= published


# -- the date of an agreement a few words after its verb -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "agreed at ... last month" stood six words from its verb, and the
        # month of the talks dated the handover instead of the day it was reported.
        "Kyiv said on Tuesday it had received 800 bodies, the third of the handovers agreed "
        "at the peace talks in Geneva last month.",
        "Ukraine took back 800 bodies on Tuesday under a repatriation arranged by envoys of "
        "both sides in Geneva in August.",
        "The 800 bodies returned to Ukraine on Tuesday were part of a handover negotiated "
        "with Moscow's envoys in Geneva in August.",
    ],
)
def test_news_the_date_of_an_agreement_does_not_date_the_handover(news: News, text: str) -> None:
    (exchange,) = news(text, published=date(2025, 9, 18)).exchanges
    assert exchange.period == Period.day(date(2025, 9, 16))
