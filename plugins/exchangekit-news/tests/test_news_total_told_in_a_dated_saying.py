"""A running total a speaker gave at a date stood then, not on the day of the report.

"In 2023, its ombudsman said more than 2,000 Russians had been returned": the year dates
the saying, so the total is as of 2023; an article published later cannot make it current.
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
PUBLISHED = date(2025, 1, 10)


def dated(news: News, text: str) -> list[tuple[Count, str]]:
    return [(t.count, str(t.as_of)) for t in news(text, published=PUBLISHED).tallies]


@pytest.mark.parametrize(
    ("text", "count", "as_of"),
    [
        (
            "Moscow has given no cumulative figure since 2023, when its ombudsman said more "
            "than 2,000 Russians had been returned in exchanges.",
            "more than 2,000",
            "2023",
        ),
        (
            "In 2023, the Russian ombudsman said 1,800 Russians had been returned in "
            "exchanges since the war began.",
            "1,800",
            "2023",
        ),
        (
            "Kyiv has published no new total since March, when the headquarters said 3,200 "
            "Ukrainians had been freed in exchanges.",
            "3,200",
            "2024-03",
        ),
    ],
)
def test_news_a_total_said_at_a_date_stands_at_that_date(
    news: News, text: str, count: str, as_of: str
) -> None:
    assert dated(news, text) == [(Count.parse(count), as_of)]


def test_news_a_date_closed_off_before_the_saying_does_not_date_the_total(news: News) -> None:
    """ "Since 2023, when the deal was signed, officials say ..." dates the deal; the total
    the officials give now is current (or not a tally of that year)."""
    got = dated(
        news,
        "Since 2023, when the channel opened, officials say 2,400 Russians have been "
        "returned in exchanges.",
    )
    assert all(as_of != "2023" for _, as_of in got)


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=101, max_value=50_000).filter(lambda n: not 1800 <= n <= 2100),
    year=st.sampled_from(["2022", "2023"]),
)
def test_news_the_saying_year_dates_the_total_whatever_its_size(
    news: News, n: int, year: str
) -> None:
    text = (
        f"Moscow has given no cumulative figure since {year}, when its ombudsman said "
        f"{n:,} Russians had been returned in exchanges."
    )
    assert dated(news, text) == [(Count.parse(f"{n:,}"), year)]
