"""A day told as an ordinal beside "last month" or "this month" is that day of that month.

"Last month, on the fifth, the sides swapped 150 for 150" and "on the 5th of last month"
date the swap to the fifth of the month before the report's. Read apart, "last month"
kept only the month, and "on the fifth" alone was the latest fifth by the report, which
in a report after the fifth is the wrong month. An ordinal that ranks something ("on
the fifth attempt") names no day, and the month stands.
Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]

_WORDS = {
    1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
    8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
    14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
    18: "eighteenth", 19: "nineteenth", 20: "twentieth",
}  # fmt: skip
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_MID_MARCH = date(2025, 3, 18)


def _digits(day: int) -> str:
    return f"{day}{'th' if 10 <= day <= 20 else _SUFFIX.get(day % 10, 'th')}"


@pytest.mark.parametrize(
    "text",
    [
        "Last month, on the fifth, Ukraine and Russia swapped 150 prisoners for 150.",
        "Last month, on the 5th, Ukraine and Russia swapped 150 prisoners for 150.",
        "Ukraine and Russia swapped 150 prisoners for 150 last month, on the fifth.",
        "Ukraine and Russia swapped 150 prisoners for 150 last month — on the 5th.",
        "On the fifth of last month, Ukraine and Russia swapped 150 prisoners for 150.",
        "On the 5th of last month, Ukraine and Russia swapped 150 prisoners for 150.",
        "There was an exchange last month, on the fifth. 150 prisoners went home each way.",
    ],
)
def test_news_an_ordinal_day_beside_last_month_is_that_day(news: News, text: str) -> None:
    assert news(text, published=_MID_MARCH).period_values() == {Period.day(date(2025, 2, 5))}


@pytest.mark.parametrize(
    "text",
    [
        "This month, on the 3rd, Ukraine and Russia swapped 150 prisoners for 150.",
        "On the third of this month, Ukraine and Russia swapped 150 prisoners for 150.",
    ],
)
def test_news_an_ordinal_day_beside_this_month_is_that_day(news: News, text: str) -> None:
    assert news(text, published=_MID_MARCH).period_values() == {Period.day(date(2025, 3, 3))}


@pytest.mark.parametrize(
    "text",
    [
        # the ordinal ranks an attempt: no day, and the month stands
        "Last month, on the fifth attempt, Ukraine and Russia swapped 150 prisoners for 150.",
        "Ukraine and Russia swapped 150 prisoners for 150 last month.",
    ],
)
def test_news_last_month_without_a_day_keeps_the_month(news: News, text: str) -> None:
    assert news(text, published=_MID_MARCH).period_values() == {Period.month(2025, 2)}


@settings(max_examples=30, deadline=None)
@given(
    day=st.integers(1, 20),
    published=st.dates(date(2023, 1, 1), date(2026, 12, 31)),
    count=st.integers(20, 1200),
    words=st.booleans(),
    opening=st.booleans(),
)
def test_news_the_day_of_last_month_is_in_the_month_before_the_report(
    news: News, day: int, published: date, count: int, words: bool, opening: bool
) -> None:
    told = _WORDS[day] if words else _digits(day)
    swap = f"Ukraine and Russia swapped {count:,} prisoners for {count:,}"
    text = (
        f"Last month, on the {told}, {swap}." if opening else f"{swap} on the {told} of last month."
    )
    before = published.replace(day=1) - timedelta(days=1)
    assert news(text, published=published).period_values() == {Period.day(before.replace(day=day))}
