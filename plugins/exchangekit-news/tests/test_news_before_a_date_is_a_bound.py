"""A date after "before" or "ahead of" bounds an exchange; it is not the exchange's day.

"swapped 120 prisoners each before the 12 October holiday" says only that the swap came
earlier than that day, so the figure takes no date from it (it is dated as an undated
figure is, and a headline's pair joins the dated pair of the story below it). A date
after "on" is still the exchange's day, and the day a bound is set beside stays too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

_MONTHS = {"March": 3, "April": 4, "June": 6, "July": 7, "September": 9, "October": 10}


def test_news_before_a_day_gives_no_date(news: Callable[..., Any]) -> None:
    result = news("Russia and Ukraine swapped 120 prisoners each before October 12.")
    assert "2025-10-12" not in result.periods()
    assert [t.count.best for e in result.exchanges for t in e.transfers] == [120, 120]


def test_news_ahead_of_a_holiday_gives_no_date(news: Callable[..., Any]) -> None:
    result = news("Kyiv and Moscow freed 87 captives each ahead of the 14 October holiday.")
    assert "2025-10-14" not in result.periods()


def test_news_headline_bound_joins_the_dated_story(news: Callable[..., Any]) -> None:
    text = (
        "Russia and Ukraine free 160 prisoners each before May 9 parade\n\n"
        "KYIV, May 9 (Wire) - Russia and Ukraine exchanged 160 prisoners of war each "
        "on Friday, the two sides said.\n"
    )
    result = news(text, published=date(2026, 5, 9))
    assert result.periods() == {"2026-05-08"}


def test_news_day_beside_a_bound_keeps_its_date(news: Callable[..., Any]) -> None:
    # near-miss: the day after "on" is the swap's, the holiday after "before" only bounds it
    result = news("Russia and Ukraine swapped 120 prisoners each on October 10, before a holiday.")
    assert result.periods() == {"2025-10-10"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=11, max_value=900),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(sorted(_MONTHS)),
    st.sampled_from(["before", "ahead of"]),
)
@example(n=80, day=23, month="October", bound="before")  # the fixture's publication day
@example(n=80, day=20, month="October", bound="ahead of")  # a bound before publication
def test_news_bound_is_never_the_day(
    news: Callable[..., Any], n: int, day: int, month: str, bound: str
) -> None:
    """Whatever the day and figure, a bounding date is not given as the swap's day."""
    result = news(f"Russia and Ukraine swapped {n:,} prisoners each {bound} {day} {month}.")
    assert f"2025-{_MONTHS[month]:02d}-{day:02d}" not in result.periods()
    assert [t.count.best for e in result.exchanges for t in e.transfers] == [n, n]


def test_news_before_a_dated_swap_keeps_its_date(news: Callable[..., Any]) -> None:
    # near-miss: the date names the swap the figure belongs to, not a bound of it
    result = news("Talks stalled before the October 10 swap, in which 120 were freed by each side.")
    assert result.periods() == {"2025-10-10"}


def test_news_days_counted_back_from_a_day_keep_it(news: Callable[..., Any]) -> None:
    # near-miss: "three days before 20 October" names a day, not a bound
    result = news("Russia and Ukraine swapped 120 prisoners each three days before 20 October.")
    assert "2025-10-20" not in result.periods()
    assert result.periods() == {"2025-10-17"}
