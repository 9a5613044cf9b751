"""'The last day of <month>' is that month's last day: "the last day of December" is 31 December.

The count of days is the calendar's: 30 for April, 31 for December; February with a year
is its 28th or 29th, while February with no year has no one last day and stays the month.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_MONTHS = ["January", "March", "April", "June", "September", "November", "December"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Desk\n\nOn the last day of December 2024, 82 Russian soldiers came home.", "2024-12-31"),
        ("Desk\n\nOn the last day of April, Kyiv got back 40 of its soldiers.", "2025-04-30"),
        (
            "Desk\n\nOn the final day of June, Russia returned the bodies of 90 soldiers.",
            "2025-06-30",
        ),
        (
            "Desk\n\nOn the last day of February 2024, 50 Ukrainian soldiers came home.",
            "2024-02-29",
        ),
    ],
)
def test_news_the_last_day_of_a_month_is_its_last_date(
    news: News, text: str, expected: str
) -> None:
    assert news(text, published=date(2025, 10, 15)).periods() == {expected}


def test_news_the_last_day_of_february_with_no_year_stays_the_month(news: News) -> None:
    text = "Desk\n\nOn the last day of February, 50 Ukrainian soldiers came home."
    assert news(text, published=date(2025, 10, 15)).periods() == {"2025-02"}


@settings(max_examples=20, deadline=None)
@given(
    month=st.sampled_from(_MONTHS),
    n=st.integers(min_value=2, max_value=900),
)
def test_news_any_months_last_day_is_its_calendar_end(news: News, month: str, n: int) -> None:
    text = f"Desk\n\nOn the last day of {month} 2024, {n:,} Ukrainian soldiers came home."
    (period,) = news(text, published=date(2025, 10, 15)).periods()
    number = _MONTHS.index(month)
    last = {0: 31, 1: 31, 2: 30, 3: 30, 4: 30, 5: 30, 6: 31}[number]
    assert period.endswith(f"-{last}")
