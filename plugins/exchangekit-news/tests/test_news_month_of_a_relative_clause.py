"""A day before a relative clause does not date the month that clause gives its figure.

"The talks of May 16 produced the deal under which each side freed 500 last month": the
day is the talks'; the freeing is dated only by the month in its own clause. A day in
the figure's own clause ("last month, saw 103 freed on May 14") still dates it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2025, 6, 3)


def _periods(read: Any) -> set[str]:
    return {str(e.period) for e in read.exchanges} | {
        str(t.covers) for t in read.tallies if t.covers is not None
    }


@pytest.mark.parametrize(
    "text",
    [
        "The first round, on May 16, produced the deal under which the two countries each"
        " freed 400 prisoners last month.",
        "The talks on May 9 ended with an agreement under which both sides released 250"
        " soldiers last month.",
        "Negotiators met on May 2 and settled the terms by which Russia and Ukraine each"
        " returned 120 prisoners of war last month.",
    ],
)
def test_news_a_day_before_the_relative_clause_is_not_its_months_day(news: News, text: str) -> None:
    read = news(text, published=_PUBLISHED)
    assert _periods(read) == {"2025-05"}


@settings(max_examples=15, deadline=None)
@given(
    day=st.integers(1, 28),
    count=st.integers(2_101, 9_999),
    opener=st.sampled_from(["under which", "in which", "by which"]),
)
def test_news_the_relative_clause_keeps_its_month_for_any_day_and_count(
    news: News, day: int, count: int, opener: str
) -> None:
    text = (
        f"The meeting on May {day} produced the arrangement {opener} the two countries"
        f" each freed {count:,} prisoners last month."
    )
    assert _periods(news(text, published=_PUBLISHED)) == {"2025-05"}


def test_news_a_day_in_the_figures_own_clause_still_dates_its_month(news: News) -> None:
    """The near miss: no relative clause between, so the day is the month's."""
    read = news(
        "The previous swap, last month, saw 103 released by each side on May 14.",
        published=_PUBLISHED,
    )
    assert _periods(read) == {"2025-05-14"}
