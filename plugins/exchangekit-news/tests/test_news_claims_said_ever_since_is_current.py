"""A figure a speaker "has said since" a date, after a dated one, is current when told.

"The ministry says Ukraine lost 1,200 troops in its report of 3 July, and it has
claimed since last autumn that Ukraine's losses exceed 900,000": the perfect with
"since" says the speaker has told the second figure from then up to now, so it is as of
the report, not of the day the first figure was given. Without "since", the second
figure of the same statement keeps that day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
PUBLISHED = date(2025, 7, 9)


def _dated(news: News, text: str) -> dict[Count, str]:
    return {c.count: str(c.as_of) for c in news(text, published=PUBLISHED).claims}


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "The ministry says Ukraine lost 1,200 troops in the past day in its report of "
            "3 July, and it has claimed since last autumn that Ukraine's losses exceed 900,000.",
            ("1,200", "2025-07-03"),
            "more than 900,000",
        ),
        (
            "Moscow put Ukraine's losses at 1,500 soldiers in its bulletin of 2 July, and it "
            "has spoken since early 2025 of more than 800,000 Ukrainian casualties.",
            ("1,500", "2025-07-02"),
            "more than 800,000",
        ),
        (
            "The ministry says Ukraine lost 1,100 troops in the past day in its report of "
            "4 July, and it has said since January that Ukraine's losses exceed 850,000.",
            ("1,100", "2025-07-04"),
            "more than 850,000",
        ),
    ],
)
def test_news_a_figure_said_ever_since_is_as_of_the_report(
    news: News, sentence: str, first: tuple[str, str], second: str
) -> None:
    dated = _dated(news, sentence)
    assert dated[Count.parse(first[0])] == first[1]
    assert dated[Count.parse(second)] == "2025-07-09"


def test_news_a_second_figure_of_the_same_dated_statement_keeps_its_day(news: News) -> None:
    text = (
        "The ministry says Ukraine lost 1,200 troops in the past day in its report of "
        "3 July, and it said that Ukraine's losses exceed 900,000."
    )
    assert _dated(news, text)[Count.parse("more than 900,000")] == "2025-07-03"


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=2_200, max_value=990_000))
def test_news_any_figure_claimed_since_is_current(news: News, n: int) -> None:
    text = (
        "The ministry says Ukraine lost 1,200 troops in the past day in its report of "
        f"3 July, and it has claimed since last autumn that Ukraine's losses exceed {n:,}."
    )
    assert _dated(news, text)[Count.parse(f"more than {n:,}")] == "2025-07-09"
