""" "Later that month" is the month of the date named before it in the sentence.

"Under the deal agreed on 2 March, Russia returned 140 soldiers later that month": the day
is the deal's, and the handover falls in that day's month, not on the day of the report.
"The same month" and "later in the month" point back the same way; "over that month"
sums a span and is read by the rules for totals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

# published Thursday 23 October 2025


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Under the deal agreed on 2 March, Russia returned 140 Ukrainian soldiers "
            "later that month.",
            "2025-03",
        ),
        (
            "After talks on June 5, Moscow handed over 85 Ukrainian prisoners of war "
            "later in the month.",
            "2025-06",
        ),
        (
            "A swap was agreed on 14 August, and 60 Ukrainian soldiers came home the same month.",
            "2025-08",
        ),
    ],
)
def test_news_later_that_month_dates_the_handover_by_the_month_told(
    news: News, text: str, period: str
) -> None:
    assert {str(e.period) for e in news(text).exchanges} == {period}


def test_news_a_figure_over_several_days_later_that_month_is_that_months_total(
    news: News,
) -> None:
    """Days of one operation placed in the month pointed back to sum it, one total each way."""
    text = (
        "Under the first deal, agreed on April 3, 500 prisoners from each side were freed "
        "over three days later that month."
    )
    result = news(text)
    assert not result.exchanges
    assert {(t.receiver.code, t.count, str(t.covers)) for t in result.tallies} == {
        ("UKR", Count.exact(500), "2025-04-01/2025-04-30"),
        ("RUS", Count.exact(500), "2025-04-01/2025-04-30"),
    }


def test_news_a_day_of_its_own_keeps_dating_the_handover(news: News) -> None:
    """Near miss: a handover with its own day keeps it, whatever month was named before."""
    text = "Under the deal agreed on 2 March, Russia returned 140 Ukrainian soldiers on 9 March."
    assert {str(e.period) for e in news(text).exchanges} == {"2025-03-09"}


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_500),
    day=st.integers(min_value=1, max_value=20),
    month=st.sampled_from(["February", "May", "July", "September"]),
)
def test_news_later_that_month_is_the_named_month_whatever_the_day(
    news: News, n: int, day: int, month: str
) -> None:
    text = (
        f"Under the deal agreed on {day} {month}, Russia returned {n:,} Ukrainian soldiers "
        "later that month."
    )
    expected = {"February": "2025-02", "May": "2025-05", "July": "2025-07"}.get(month, "2025-09")
    assert {str(e.period) for e in news(text).exchanges} == {expected}
