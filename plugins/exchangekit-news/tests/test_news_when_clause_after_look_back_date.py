"""A figure in a "when" clause after a look-back date is the earlier exchange's.

"It was the first swap since the one on April 26, when 90 Ukrainians were returned":
the rank measures from 26 April, and the "when" clause tells what happened then, so
the 90 are that day's, not a second group of the story's own exchange. A date the
rank measures from with no figure of its own still dates nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count


def _by_day(result: Any) -> dict[str, list[int | None]]:
    return {str(e.period): sorted(t.count.best for t in e.transfers) for e in result.exchanges}


def test_news_when_clause_after_the_one_on_a_day(news: Callable[..., Any]) -> None:
    text = (
        "Russia and Ukraine exchanged 84 prisoners each on Saturday. It was the first "
        "swap since the one on April 26, when 90 Ukrainians were returned."
    )
    assert _by_day(news(text)) == {"2025-10-18": [84, 84], "2025-04-26": [90]}


def test_news_when_clause_after_the_swap_on_a_day(news: Callable[..., Any]) -> None:
    text = (
        "Ukraine brought home 120 soldiers on Saturday, the first exchange since the "
        "swap on 14 September, when 103 Ukrainians came back."
    )
    days = _by_day(news(text))
    assert days["2025-10-18"] == [120]
    assert days["2025-09-14"] == [103]


def test_news_when_clause_after_a_bare_day(news: Callable[..., Any]) -> None:
    text = (
        "Kyiv got back 57 soldiers on Friday, the first handover since 2 August, "
        "when Moscow freed 44 civilians."
    )
    assert _by_day(news(text)) == {"2025-10-17": [57], "2025-08-02": [44]}


def test_news_look_back_date_without_a_figure_dates_nothing(news: Callable[..., Any]) -> None:
    # near-miss: the date the rank measures from is not the story's exchange's day
    days = _by_day(news("Kyiv got back 57 soldiers, its first swap since 2 August."))
    assert list(days) == ["2025-10-23"]


def test_news_when_clause_closed_before_the_figure(news: Callable[..., Any]) -> None:
    # near-miss: "when talks collapsed," ends the look-back; the figure is Saturday's
    text = (
        "It was the first swap since April 26, when talks collapsed, "
        "and Kyiv got 90 soldiers back on Saturday."
    )
    assert _by_day(news(text)) == {"2025-10-18": [90]}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=11, max_value=1799),
    st.integers(min_value=11, max_value=1799),
    st.integers(min_value=1, max_value=28),
)
def test_news_when_clause_figure_takes_the_look_back_day(
    news: Callable[..., Any], now: int, then: int, day: int
) -> None:
    """Whatever the figures and the day looked back to, the "when" figure is that day's."""
    text = (
        f"Ukraine received {now:,} soldiers on Saturday. It was the first swap since the "
        f"one on {day} May, when {then:,} soldiers were returned to Ukraine."
    )
    legs = {(str(e.period), t.count) for e in news(text).exchanges for t in e.transfers}
    assert (f"2025-05-{day:02d}", Count.exact(then)) in legs
    assert ("2025-10-18", Count.exact(then)) not in legs or now == then
