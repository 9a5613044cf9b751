"""A running total given as "brought to N the total number of <people> freed".

"total" before "number" changes nothing: the figure after "to" is still the number the
clause names, as in "raised to N the number of captives freed through its mediation".
A number of people still held, or a sentence without the word "total" nor "number",
gives no total of those freed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count


def _totals(result: Any) -> list[tuple[str, Count]]:
    return [(str(t.category), t.count) for t in result.tallies]


def test_news_brought_to_n_the_total_number_freed(news: Callable[..., Any]) -> None:
    result = news(
        "Qatar said the exchange brought to 2,310 the total number of prisoners freed "
        "by both sides in swaps it had brokered."
    )
    assert [c for _, c in _totals(result)] == [Count.parse("2,310")]


def test_news_raised_to_n_the_total_number_through_mediation(news: Callable[..., Any]) -> None:
    result = news(
        "The UAE said Friday's swap raised to 4,480 the total number of captives freed "
        "through its mediation."
    )
    assert [c for _, c in _totals(result)] == [Count.parse("4,480")]


def test_news_without_total_still_read(news: Callable[..., Any]) -> None:
    result = news(
        "The UAE said the swap brought to 3,020 the number of prisoners freed through its "
        "mediation."
    )
    assert [c for _, c in _totals(result)] == [Count.parse("3,020")]


def test_news_total_number_still_held_is_no_total_freed(news: Callable[..., Any]) -> None:
    # near-miss: the total number of people held names no one freed
    result = news("Kyiv said the arrests brought to 8,100 the total number of Ukrainians held.")
    assert result.tallies == []


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=2200, max_value=90_000))
def test_news_total_number_any_figure(news: Callable[..., Any], n: int) -> None:
    """Whatever the figure, "to N the total number of prisoners freed" is that total."""
    result = news(
        f"The UAE said the swap brought to {n:,} the total number of prisoners freed "
        "through its mediation."
    )
    assert [c.best for _, c in _totals(result)] == [n]
