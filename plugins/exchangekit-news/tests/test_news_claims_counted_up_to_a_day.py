"""Casualty counts closed "up to" a day: dated that day, not when they were published.

"The monitors have recorded 7,100 civilians killed since 24 February, up to 18
December" gives the count as it stood on 18 December, even in a story that says
the figures came out last week or on a later day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
_PUBLISHED = date(2022, 12, 28)


def _days(news: News, text: str) -> list[str]:
    return [str(c.as_of) for c in news(text, published=_PUBLISHED).claims]


def test_news_count_up_to_a_day_is_dated_that_day(news: News) -> None:
    assert _days(
        news,
        "The UN monitors say they have recorded 7,100 civilians killed since 24 February, "
        "up to 18 December.",
    ) == ["2022-12-18"]


def test_news_count_up_to_a_day_told_last_week_is_dated_that_day(news: News) -> None:
    assert _days(
        news,
        "The UN monitors said last week they had recorded 7,100 civilians killed and "
        "11,300 injured since 24 February, up to 18 December.",
    ) == ["2022-12-18", "2022-12-18"]


def test_news_up_to_a_day_in_another_clause_does_not_date_the_count(news: News) -> None:
    # near miss: "while" opens another clause; its "up to" is not the count's
    assert "2022-12-18" not in _days(
        news,
        "The UN monitors said last week they had recorded 7,100 civilians killed, while up "
        "to 18 December no figure for the wounded was given.",
    )


@_SETTINGS
@given(
    day=st.integers(min_value=1, max_value=20),
    n=st.integers(min_value=1_000, max_value=9_999),
)
def test_news_a_count_closed_up_to_a_day_stands_on_it(news: News, day: int, n: int) -> None:
    assert _days(
        news,
        f"The UN monitors say they have recorded {n:,} civilians killed since 24 February, "
        f"up to {day} December.",
    ) == [f"2022-12-{day:02d}"]
