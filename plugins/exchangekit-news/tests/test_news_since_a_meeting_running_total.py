"""A perfect figure "since the Istanbul meetings" is a running total, as after "talks".

"Since the Geneva meetings, the two sides have freed 900 captives each" counts every
release since the meetings, not a swap on the day of publication; with the meetings'
day unknown no span can be printed, so nothing is read. A month given for them
("since the meeting in May") starts the total's span.
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


@pytest.mark.parametrize(
    "text",
    [
        "Since the Geneva meetings, the two sides have freed 900 captives each.",
        "Since the Istanbul meeting, Russia and Ukraine have released 640 prisoners each.",
        "Since the meetings in Doha, both sides have handed back 310 soldiers each.",
    ],
)
def test_news_per_side_figure_since_a_meeting_is_no_swap(news: News, text: str) -> None:
    assert news(text, published=PUBLISHED).exchanges == []


def test_news_since_a_dated_meeting_starts_the_span(news: News) -> None:
    # near-miss: the meeting's month gives the running total its start
    result = news(
        "Since the Istanbul meeting in May, Russia and Ukraine have each freed 1,200 prisoners.",
        published=PUBLISHED,
    )
    assert result.exchanges == []
    assert {str(t.covers) for t in result.tallies} == {"2025-05-01/2025-10-23"}


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=2, max_value=1799))
def test_news_since_meetings_never_dates_a_swap_today(news: News, n: int) -> None:
    result = news(
        f"Since the Istanbul meetings, the two sides have freed {n:,} captives each.",
        published=PUBLISHED,
    )
    assert result.exchanges == []
