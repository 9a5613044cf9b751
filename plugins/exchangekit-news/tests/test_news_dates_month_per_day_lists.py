"""A list of dates closed by "and" takes no bare number after it as another day.

"On May 4 and May 6, 30 and 41 bodies were returned, respectively": "and" ended the
list, so "30" is a count, not May 30; "on May 4, 6 and 9" still lists three days.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]
_PUBLISHED = date(2025, 5, 20)


@settings(max_examples=25, deadline=None)
@given(
    days=st.lists(st.integers(1, 15), min_size=2, max_size=2, unique=True).map(sorted),
    counts=st.lists(st.integers(12, 31), min_size=2, max_size=2, unique=True),
    order=st.sampled_from(["day first", "month first"]),
)
def test_news_counts_after_a_list_of_full_dates_are_not_days(
    news: News, days: list[int], counts: list[int], order: str
) -> None:
    one, two = (f"May {d}" if order == "month first" else f"{d} May" for d in days)
    text = (
        f"In the first two stages, on {one} and {two}, {counts[0]} and {counts[1]} bodies of "
        "Russian soldiers, respectively, were returned to Russia."
    )
    legs = {
        (t.count.low, e.period)
        for e in news(text, published=_PUBLISHED).exchanges
        for t in e.transfers
    }
    assert legs == {
        (counts[0], Period.day(date(2025, 5, days[0]))),
        (counts[1], Period.day(date(2025, 5, days[1]))),
    }


def test_news_a_list_of_bare_days_after_one_month_still_lists_days(news: News) -> None:
    """Near miss: one month written once, the days listed bare after it, "and" last."""
    text = "On May 4, 6 and 9, the sides swapped 90 prisoners each."
    periods = {e.period for e in news(text, published=_PUBLISHED).exchanges}
    assert periods == {Period.day(date(2025, 5, d)) for d in (4, 6, 9)}


def test_news_counts_after_dates_joined_by_and_on_are_not_days(news: News) -> None:
    """The harder paraphrase: "and on" between the dates, the day before the month."""
    text = (
        "Earlier, on 4 May and on 6 May, 30 and 41 bodies of Russian soldiers, respectively, "
        "were handed back to Russia."
    )
    legs = {
        (t.count.low, e.period)
        for e in news(text, published=_PUBLISHED).exchanges
        for t in e.transfers
    }
    assert legs == {(30, Period.day(date(2025, 5, 4))), (41, Period.day(date(2025, 5, 6)))}
