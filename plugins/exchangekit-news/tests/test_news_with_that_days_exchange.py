"""A total counted "with that day's exchange" stands on the one day the sentence before named.

"The families gathered at the border crossing on Tuesday afternoon. With that day's
exchange, the ombudsman said, 5,500 Ukrainians had been brought home": "that day" points
back to Tuesday, so the total stands on Tuesday, not on the day of the report, even when
the text never gives the exchange's own figures. A sentence before naming two days, or
none, leaves the total the story's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 11, 14)  # a Friday: "on Tuesday" is 11 November

TOTAL = (
    "With that day's exchange, the ombudsman said, the number of Ukrainians brought home "
    "from Russian captivity since 2022 had passed 5,500."
)


def _totals(result: Any) -> set[tuple[str, str]]:
    return {(str(t.count), str(t.as_of)) for t in result.tallies}


def test_news_that_days_exchange_is_the_day_just_named(news: News) -> None:
    text = "The families gathered at the border crossing on Tuesday afternoon. " + TOTAL
    assert {d for _, d in _totals(news(text, published=PUBLISHED))} == {"2025-11-11"}


def test_news_that_day_after_two_days_named_keeps_the_storys_day(news: News) -> None:
    # near-miss: "that day" could be either of the two days the sentence before names
    text = (
        "The families gathered at the crossing on Monday and again on Tuesday afternoon. " + TOTAL
    )
    assert "2025-11-11" not in {d for _, d in _totals(news(text, published=PUBLISHED))}
    assert "2025-11-10" not in {d for _, d in _totals(news(text, published=PUBLISHED))}


def test_news_that_day_with_no_day_before_keeps_the_storys_day(news: News) -> None:
    # near-miss: nothing before names a day, so the total is as of the report
    text = "The families gathered at the border crossing. " + TOTAL
    assert {d for _, d in _totals(news(text, published=PUBLISHED))} <= {"2025-11-14"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=1, max_value=9))
def test_news_that_days_exchange_takes_the_named_date(news: News, back: int) -> None:
    day = PUBLISHED - timedelta(days=back)
    text = f"The families gathered at the border crossing on {day.day} November. " + TOTAL
    assert {d for _, d in _totals(news(text, published=PUBLISHED))} == {day.isoformat()}
