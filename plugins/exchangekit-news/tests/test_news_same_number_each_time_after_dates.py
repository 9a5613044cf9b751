"""The day of a date before a list is no part of the list "the same number" repeats.

"On Dec. 1 and Dec. 6, 50 and 60 prisoners came home, each time in return for the same
number of Russians": "each time" repeats the listed sizes, 50 and 60; the 6 of "Dec.
6" dates a swap and is never a count of people sent back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Legs = Callable[..., Any]

_PUBLISHED = date(2022, 12, 31)


def _counts(legs: dict[Any, list[Count]]) -> list[Count]:
    return [count for counts in legs.values() for count in counts]


@settings(max_examples=15, deadline=None)
@given(
    first=st.integers(1, 13),
    second=st.integers(14, 28),
    a=st.integers(30, 400),
    b=st.integers(30, 400),
    month=st.sampled_from(["Dec.", "Nov.", "Oct."]),
)
def test_news_day_before_an_each_time_list_is_no_count(
    legs_of: Legs, first: int, second: int, a: int, b: int, month: str
) -> None:
    text = (
        f"KYIV, Dec 31 - Earlier, on {month} {first} and {month} {second}, {a} and {b} "
        "Ukrainian prisoners of war respectively came home, each time in return for the "
        "same number of Russians."
    )
    counts = _counts(legs_of(text, _PUBLISHED))
    assert Count.exact(second) not in counts
    assert Count.exact(first) not in counts


def test_news_each_time_list_after_dates_keeps_its_sizes(legs_of: Legs) -> None:
    text = (
        "KYIV, Dec 31 - Earlier, on Nov. 3 and Nov. 9, 45 and 70 Ukrainian soldiers "
        "respectively came home, each time in exchange for an equal number of Russians."
    )
    counts = _counts(legs_of(text, _PUBLISHED))
    assert Count.exact(9) not in counts
    assert Count.exact(45) in counts
    assert Count.exact(70) in counts


def test_news_list_with_no_each_time_is_unchanged(legs_of: Legs) -> None:
    text = (
        "KYIV, Dec 31 - Earlier, on Dec. 1 and Dec. 6, 50 and 60 Ukrainian prisoners of "
        "war respectively came home."
    )
    counts = _counts(legs_of(text, _PUBLISHED))
    assert Count.exact(6) not in counts
    assert Count.exact(50) in counts
    assert Count.exact(60) in counts
