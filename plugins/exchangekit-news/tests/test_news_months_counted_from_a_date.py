"""Months counted from a date: "two months before 20 October" is August, not the 20th.

A count of months before, after or ahead of a date names the month reached, no day
of it; the date counted from is never the exchange's. Days counted so still shift
the day ("three days before 20 October" is the 17th).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Russia and Ukraine freed 75 captives each two months before 20 October.", "2025-08"),
        ("Two months after 10 June 2024, Kyiv and Moscow swapped 40 prisoners each.", "2024-08"),
        ("Russia and Ukraine freed 75 captives each a month ahead of 14 October.", "2025-09"),
    ],
)
def test_news_months_counted_give_the_month(news: News, text: str, period: str) -> None:
    assert news(text, published=PUBLISHED).periods() == {period}


def test_news_days_counted_still_give_the_day(news: News) -> None:
    # near-miss: days, not months, shift the day itself
    text = "Russia and Ukraine freed 75 captives each three days before 20 October."
    assert news(text, published=PUBLISHED).periods() == {"2025-10-17"}


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=1, max_value=3), st.integers(min_value=4, max_value=7))
def test_news_months_counted_never_the_day_counted_from(news: News, n: int, month: int) -> None:
    """Whatever the count and month, the swap is the month reached, not the day named."""
    text = f"Russia and Ukraine swapped 60 prisoners each {n} months before 15 {_MONTHS[month]}."
    assert news(text, published=PUBLISHED).periods() == {f"2025-{month + 1 - n:02d}"}
