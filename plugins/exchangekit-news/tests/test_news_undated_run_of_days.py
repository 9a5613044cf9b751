"""A figure moved over a run of days the text never dates is no one day's handover.

"Over several days, Russia handed back 900 bodies" tells a handover made in stages on
days the text does not name: the day of publication would be a date no one gave, so
the exchange is placed, as one whose date is not known, in the days up to it. A run
placed in a month ("over three days in May") or a week ("last week") keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)  # a Thursday
WINDOW = "2025-09-24/2025-10-23"  # the 30 days up to publication


@pytest.mark.parametrize(
    "text",
    [
        "Over several days, Russia handed over the bodies of 1,000 Ukrainian soldiers.",
        "Over three days, Ukraine returned the remains of 240 Russian servicemen.",
        "Across four days, Russia freed 310 Ukrainian prisoners of war.",
        "Russia handed back 520 Ukrainian soldiers over two days, the Ukrainian side said.",
    ],
)
def test_news_undated_run_of_days_is_placed_before_publication(news: News, text: str) -> None:
    result = news(text, published=PUBLISHED)
    assert result.periods() == {WINDOW}
    assert result.tallies == []


def test_news_run_of_days_in_a_month_is_read_as_before(news: News) -> None:
    # near-miss: the month places the days, so the figure is May's tally
    result = news(
        "Over three days in May, Ukraine returned the remains of 240 Russian servicemen.",
        published=PUBLISHED,
    )
    assert {str(t.covers) for t in result.tallies} == {"2025-05-01/2025-05-31"}


def test_news_run_of_days_with_a_week_keeps_the_week(news: News) -> None:
    # near-miss: "last week" dates the exchange to a week, no day guessed
    result = news(
        "Over three days last week, Russia freed 310 Ukrainian prisoners of war.",
        published=PUBLISHED,
    )
    assert result.periods() == {"2025-W42"}


def test_news_one_day_of_the_run_is_that_days(news: News) -> None:
    # near-miss: a day of its own dates the figure
    result = news(
        "Russia freed 310 Ukrainian prisoners of war on Tuesday, after talks over three days.",
        published=PUBLISHED,
    )
    assert result.periods() == {"2025-10-21"}


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    n=st.integers(min_value=2, max_value=1799),
    run=st.sampled_from(["several days", "three days", "two days", "a few days"]),
)
def test_news_no_undated_run_lands_on_publication_day(news: News, n: int, run: str) -> None:
    result = news(
        f"Over {run}, Russia handed over the bodies of {n:,} Ukrainian soldiers.",
        published=PUBLISHED,
    )
    assert result.periods() == {WINDOW}
