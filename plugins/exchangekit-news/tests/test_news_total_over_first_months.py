"""A total over a year's first months covers them from January: "in the first nine months of 2025".

The date mention names the span by its last month; the tally's span still opens on 1
January of that year, not on the first day of that last month.
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
PUBLISHED = date(2025, 11, 20)
_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_LAST_DAYS = [28, 31, 30, 31, 30, 31, 31, 30, 31]  # February to October 2025


def _covers(news: News, text: str) -> dict[Count, str]:
    return {t.count: str(t.covers) for t in news(text, published=PUBLISHED).tallies}


@pytest.mark.parametrize(
    ("text", "count", "covers"),
    [
        (
            "In the first eight months of 2025, Ukraine brought home 312 children from Russia.",
            312,
            "2025-01-01/2025-08-31",
        ),
        (
            "In the first six months of this year, Ukraine brought home 175 children from Russia.",
            175,
            "2025-01-01/2025-06-30",
        ),
        (
            "Ukraine brought home 96 children from Russia in the first three months of 2025.",
            96,
            "2025-01-01/2025-03-31",
        ),
    ],
)
def test_a_total_over_a_years_first_months_covers_them_from_january(
    news: News, text: str, count: int, covers: str
) -> None:
    assert _covers(news, text).get(Count.exact(count)) == covers


def test_a_total_in_one_named_month_covers_that_month_only(news: News) -> None:
    text = "In August 2025 and September 2025, Ukraine brought home 96 children from Russia."
    found = _covers(news, text).get(Count.exact(96))
    assert found is None or not found.startswith("2025-01-01")


def test_a_span_of_first_weeks_keeps_its_reading(news: News) -> None:
    text = "In the first nine weeks of 2025, Ukraine brought home 96 children from Russia."
    found = _covers(news, text).get(Count.exact(96))
    assert found is None or not found.endswith("-03-31")


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=2, max_value=10), count=st.integers(min_value=21, max_value=1_700))
def test_the_span_opens_on_the_first_of_january(news: News, n: int, count: int) -> None:
    text = (
        f"In the first {_WORDS[n - 2]} months of 2025, Ukraine brought home {count:,} "
        "children from Russia."
    )
    expected = f"2025-01-01/2025-{n:02d}-{_LAST_DAYS[n - 2]}"
    assert _covers(news, text).get(Count.exact(count)) == expected
