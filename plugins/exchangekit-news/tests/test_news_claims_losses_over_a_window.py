"""Losses "in the 24 hours to" a day, or "in the last week", are one period's losses.

"Russia lost 1,150 troops in the 24 hours to Monday, Kyiv said": the window bounds
the figure, so the claim's scope is a period, not the war's running total since
2022. The same holds for "over the last week" and "in the last seven days". A
figure with no window ("has lost 700,000 troops, Kyiv said last week") keeps its
cumulative reading. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import ClaimScope, Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 11, 20)


def _scopes(news: News, text: str) -> dict[Count, ClaimScope]:
    return {c.count: c.scope for c in news(text, published=_PUBLISHED).claims}


def test_news_losses_in_the_hours_to_a_day_are_one_period(news: News) -> None:
    scopes = _scopes(
        news, "Russia lost 1,150 troops in the 24 hours to Monday, Kyiv's army command said."
    )
    assert scopes == {Count.exact(1_150): ClaimScope.PERIOD}


def test_news_losses_over_the_last_week_are_one_period(news: News) -> None:
    for window in ("in the last week", "over the last week", "in the last seven days"):
        scopes = _scopes(news, f"Moscow's army lost 8,400 soldiers {window}, Ukraine said.")
        assert scopes == {Count.exact(8_400): ClaimScope.PERIOD}, window


def test_news_window_opening_the_clause(news: News) -> None:
    # the harder form: the window before the figure, the side named after it
    scopes = _scopes(
        news, "In the 24 hours to 7 a.m. on Tuesday, Russian forces lost 990 men, Kyiv said."
    )
    assert scopes == {Count.exact(990): ClaimScope.PERIOD}


def test_news_running_total_said_last_week_stays_cumulative(news: News) -> None:
    # near miss: "last week" dates the statement, not a window of losses
    scopes = _scopes(news, "Russia has lost 1,020,000 troops since 2022, Kyiv said last week.")
    assert scopes == {Count.exact(1_020_000): ClaimScope.CUMULATIVE}


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=300, max_value=2_000),
    st.sampled_from(["Monday", "Tuesday", "Wednesday"]),
)
def test_news_a_window_never_covers_the_war(news: News, n: int, day: str) -> None:
    text = f"Russia lost {n:,} soldiers in the 24 hours to {day}, Ukraine's general staff said."
    claims = news(text, published=_PUBLISHED).claims
    assert [(c.count, c.scope) for c in claims] == [(Count.exact(n), ClaimScope.PERIOD)]
    assert all(c.covers.start.year == 2025 for c in claims)
