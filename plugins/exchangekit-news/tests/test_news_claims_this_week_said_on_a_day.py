"""A count said to stand at a figure "this week", told on a day of the week, is of that day.

"Mediazona's count of Russian dead passed 170,000 this week, the outlet said on
Wednesday": the count stood at it by the day it was told, a day inside the week, so
the claim is as of that day, not the whole week. With no day of telling, or a month
of telling, the week stays.
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
FRIDAY = date(2026, 3, 13)


def _as_of(news: News, text: str) -> set[str]:
    return {str(c.as_of) for c in news(text, published=FRIDAY).claims}


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Mediazona's count of Russian dead passed 170,000 this week, the outlet said "
            "on Wednesday.",
            "2026-03-11",
        ),
        (
            "The list of Russian soldiers killed, compiled by volunteers, topped 150,000 names "
            "this week, its authors said on Tuesday.",
            "2026-03-10",
        ),
        (
            "A tally of Russian war dead kept by the BBC reached 180,000 this week, the "
            "broadcaster announced on Thursday.",
            "2026-03-12",
        ),
    ],
)
def test_news_a_count_this_week_told_on_a_day_is_of_that_day(
    news: News, sentence: str, day: str
) -> None:
    assert _as_of(news, sentence) == {day}


@pytest.mark.parametrize(
    "sentence",
    [
        "Mediazona's count of Russian dead passed 170,000 this week, the outlet said.",
        "Mediazona's count of Russian dead passed 170,000 this week, the outlet said in March.",
    ],
)
def test_news_a_count_this_week_with_no_day_told_keeps_the_week(news: News, sentence: str) -> None:
    assert _as_of(news, sentence) == {"2026-W11"}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=2_200, max_value=900_000))
def test_news_any_count_this_week_told_on_wednesday_is_of_wednesday(news: News, n: int) -> None:
    text = (
        f"Mediazona's count of Russian dead passed {n:,} this week, the outlet said on Wednesday."
    )
    (claim,) = news(text, published=FRIDAY).claims
    assert str(claim.as_of) == "2026-03-11"
    assert claim.count == Count.parse(f"more than {n:,}")
