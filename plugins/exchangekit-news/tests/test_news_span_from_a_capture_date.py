"""A span counted from the day people were captured: "three days after they were captured
on 20 April, the 12 came home".

The capture's day is not the exchange's, but a span opening before the capture's clause
runs from it to what the sentence tells: that day plus the days counted. A span inside
the capture's own clause ("soldiers captured three days after 20 April") dates only the
capture, and the exchange keeps no day of it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Three days after they were captured on April 20, 12 Ukrainian soldiers were "
            "handed back by Russia.",
            "2025-04-23",
        ),
        (
            "Russia returned 17 Ukrainian marines two days after they were taken prisoner "
            "on 8 June.",
            "2025-06-10",
        ),
        (
            "A week after they were captured on 3 May, Russia handed 14 Ukrainian "
            "servicemen back to Kyiv.",
            "2025-05-10",
        ),
        (
            "Hours after they were captured on 11 July, 6 Ukrainian soldiers were handed "
            "back by Russia.",
            "2025-07",
        ),
    ],
)
def test_news_span_runs_from_the_capture_day(news: News, text: str, period: str) -> None:
    assert news(text, published=PUBLISHED).periods() == {period}


def test_news_span_inside_the_capture_clause_dates_no_exchange(news: News) -> None:
    # near-miss: the span tells when they were captured, not when they came back
    result = news(
        "Russia returned 12 Ukrainian soldiers captured three days after 20 April.",
        published=PUBLISHED,
    )
    assert "2025-04-23" not in result.periods()
    assert "2025-04-20" not in result.periods()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=900),
    st.integers(min_value=2, max_value=9),
    st.integers(min_value=1, max_value=18),
)
def test_news_capture_day_plus_the_days_counted(news: News, n: int, days: int, day: int) -> None:
    """Whatever the count, the days and the day, the exchange is that many days on."""
    text = (
        f"Russia returned {n:,} Ukrainian soldiers {days} days after they were captured "
        f"on {day} March."
    )
    result = news(text, published=PUBLISHED)
    assert result.periods() == {(date(2025, 3, day) + timedelta(days=days)).isoformat()}
    assert {t.count for e in result.exchanges for t in e.transfers} == {Count.exact(n)}
