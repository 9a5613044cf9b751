"""A swap told only to have come "before" a day is never dated on or after that day.

"Kyiv and Moscow traded 64 captives each before 20 October", published on 23 October
(or on the 20th itself), cannot be the publication day's news: it is placed in the
window of days up to the day before the bound, with a note saying so. A day named
for the swap itself stays; a yearless bound that may be the coming one
("before 28 October" told on the 23rd) leaves the publication day open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from exchangekit import Count


def _only(result: Any) -> Any:
    assert len(result.exchanges) == 1
    return result.exchanges[0]


def test_news_bound_before_publication_is_a_window(news: Callable[..., Any]) -> None:
    swap = _only(news("Kyiv and Moscow traded 64 captives each before 20 October."))
    assert swap.period.end == date(2025, 10, 19)
    assert swap.period.start < swap.period.end
    assert any("came before 2025-10-20" in note for note in swap.notes)


def test_news_bound_on_publication_day_is_a_window(news: Callable[..., Any]) -> None:
    swap = _only(news("The two sides freed 212 soldiers each ahead of 23 October."))
    assert swap.period.end == date(2025, 10, 22)


def test_news_bound_with_a_stated_telling_day(news: Callable[..., Any]) -> None:
    # the day officials spoke is after the bound: it is not the swap's day either
    text = (
        "Ukraine and Russia swapped 75 prisoners each before 15 October, officials said on Tuesday."
    )
    swap = _only(news(text))
    assert swap.period.end == date(2025, 10, 14)


def test_news_bound_does_not_join_a_later_exchange(news: Callable[..., Any]) -> None:
    text = (
        "On 22 October Russia handed 31 civilians to Ukraine. "
        "Earlier, Kyiv and Moscow traded 64 captives each before 20 October."
    )
    periods = {str(e.period): e for e in news(text).exchanges}
    assert "2025-10-22" in periods
    assert [str(t.count) for t in periods["2025-10-22"].transfers] == ["31"]
    assert all(e.period.end < date(2025, 10, 20) for k, e in periods.items() if k != "2025-10-22")


def test_news_coming_bound_keeps_the_publication_day(news: Callable[..., Any]) -> None:
    # near-miss: "before 28 October" told on the 23rd may be the coming 28th
    swap = _only(news("Kyiv and Moscow traded 64 captives each before 28 October."))
    assert str(swap.period) == "2025-10-23"


def test_news_day_of_the_swap_beside_a_bound_stays(news: Callable[..., Any]) -> None:
    # near-miss: "on 10 October" is the swap's own day, earlier than the bound
    swap = _only(news("Kyiv and Moscow traded 64 captives each on 10 October, before 12 October."))
    assert str(swap.period) == "2025-10-10"


_PUBLISHED = date(2025, 10, 23)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=11, max_value=5000), st.integers(min_value=0, max_value=200))
@example(n=80, back=0)  # the bound is the publication day itself
@example(n=1_250, back=3)
def test_news_swap_before_a_day_ends_before_it(news: Callable[..., Any], n: int, back: int) -> None:
    """Whatever the figure and the bound up to the publication day, the swap ends before it."""
    bound = _PUBLISHED - timedelta(days=back)
    text = f"Russia and Ukraine swapped {n:,} prisoners each before {bound:%d %B %Y}."
    swap = _only(news(text))
    assert swap.period.end < bound
    assert [t.count for t in swap.transfers] == [Count.exact(n)] * 2
