"""A day counted from a date with "ahead of": "three days ahead of 20 October".

"N days ahead of DATE" names the day N days before that date, as "N days before
DATE" does; it is neither the date itself nor the day of publication. A bare
"ahead of DATE" names no day and stays a bound only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Russia and Ukraine freed 75 captives each three days ahead of 14 October.", "2025-10-11"),
        ("Two days ahead of 9 October, Kyiv and Moscow swapped 40 prisoners each.", "2025-10-07"),
        (
            "The handover came a week ahead of 18 October, when 150 soldiers were swapped "
            "each way.",
            "2025-10-11",
        ),
    ],
)
def test_news_days_ahead_of_a_date_count_back(news: News, text: str, period: str) -> None:
    assert news(text, published=PUBLISHED).periods() == {period}


def test_news_bare_ahead_of_a_date_is_no_day(news: News) -> None:
    # near-miss: with no days counted, "ahead of" only bounds the swap
    result = news(
        "Russia and Ukraine freed 75 captives each ahead of 14 October.", published=PUBLISHED
    )
    assert "2025-10-14" not in result.periods()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=2, max_value=9), st.integers(min_value=12, max_value=28))
def test_news_days_ahead_is_never_the_publication_day(news: News, days: int, day: int) -> None:
    """Whatever the days and the date, the swap is dated that many days before the date."""
    text = f"Russia and Ukraine swapped 60 prisoners each {days} days ahead of {day} September."
    expected = date(2025, 9, day) - timedelta(days=days)
    assert news(text, published=PUBLISHED).periods() == {expected.isoformat()}
