"""A total "over the past week" covers the days running back from when it was told.

"Kyiv said on Monday that, in all, Russia had returned 900 bodies over the past week":
the span ends on the day of telling and counts back seven days, so the total covers
that week, never the war since 2022. A "since" in the sentence keeps its own start.
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
PUBLISHED = date(2025, 10, 23)  # a Thursday; Monday is 20 October


@pytest.mark.parametrize(
    ("text", "covers", "count"),
    [
        (
            "Kyiv said on Monday that, in total, Russia had returned 900 bodies over the "
            "past week.",
            "2025-10-14/2025-10-20",
            "900",
        ),
        (
            "In total, Russia has returned 900 bodies over the past three days, Kyiv said on "
            "Monday.",
            "2025-10-18/2025-10-20",
            "900",
        ),
        (
            "Ukraine's ombudsman said on Monday that, altogether, 1,250 prisoners had come "
            "home from Russia over the last fortnight.",
            "2025-10-07/2025-10-20",
            "1,250",
        ),
    ],
)
def test_news_total_over_the_past_days_covers_them(
    news: News, text: str, covers: str, count: str
) -> None:
    spans = {(c, n) for c, _, _, n in news(text, published=PUBLISHED).tally_spans()}
    assert spans == {(covers, count)}


def test_news_since_keeps_the_total_war_long(news: News) -> None:
    # near-miss: the total runs since 2022; the week's figure inside it is a part
    result = news(
        "Russia has returned 900 bodies since 2022, including 40 over the past week, Kyiv "
        "said on Monday.",
        published=PUBLISHED,
    )
    assert ("2022-02-24/2025-10-20", "UKR", "remains", "900") in result.tally_spans()


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=2, max_value=1799), days=st.integers(min_value=2, max_value=20))
def test_news_past_days_span_ends_on_the_day_told(news: News, n: int, days: int) -> None:
    result = news(
        f"In total, Russia has returned {n:,} bodies over the past {days} days, Kyiv said "
        "on Monday.",
        published=PUBLISHED,
    )
    monday = date(2025, 10, 20)
    assert {(t.count, t.covers.start, t.covers.end) for t in result.tallies} == {
        (Count.exact(n), monday - timedelta(days=days - 1), monday)
    }
