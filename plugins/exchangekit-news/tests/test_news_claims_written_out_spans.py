"""A span written out ("in the space of a week") is a toll over it, not a rate.

"1,300 were killed in a week" already counted one span's dead; "over the course
of a month" and "in the space of a week" say the same and are read the same.
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


def found(read: Any) -> set[tuple[str, str, Count]]:
    """(subject, category, count) of every claim read."""
    return {(c.subject.code, c.category.value, c.count) for c in read.claims}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    opener=st.sampled_from(["in", "over", "within"]),
    noun=st.sampled_from(["space", "course", "span"]),
    unit=st.sampled_from(["week", "month", "fortnight"]),
    dead=st.integers(min_value=200, max_value=9_000),
)
def test_news_a_toll_over_a_written_out_span_is_read(
    news: News, opener: str, noun: str, unit: str, dead: int
) -> None:
    span = f"{opener} the {noun} of a {unit}"
    text = f"The General Staff said {dead:,} Russian soldiers were killed {span}."
    read = news(text, published=date(2024, 6, 30))
    assert found(read) == {("RUS", "killed", Count.parse(f"{dead:,}"))}


def test_news_fighters_who_gave_up_over_a_written_out_span(news: News) -> None:
    """The harder form: men who surrendered to the teller, counted over the span."""
    text = (
        "Moscow's defence ministry said on Friday that 1,730 fighters had laid down their "
        "arms at the steelworks in the space of a week."
    )
    read = news(text, published=date(2024, 6, 30))
    assert found(read) == {("UKR", "captured", Count.parse("1,730"))}


@pytest.mark.parametrize(
    "text",
    [
        # a rate stays a rate, whatever span follows it
        "The General Staff said 1,300 Russian soldiers were killed every day over the "
        "course of a week.",
        "The General Staff said 1,300 Russian soldiers were killed a week.",
    ],
)
def test_news_a_rate_beside_a_span_is_no_claim(news: News, text: str) -> None:
    assert news(text, published=date(2024, 6, 30)).claims == []
