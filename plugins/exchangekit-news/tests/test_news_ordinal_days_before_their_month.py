"""Ordinal days listed before the month they share are each that month's day.

"On the 4th and the 24th of July" names two days of July, as "on 4 and 24 July"
does: the month written after the last ordinal is the month of every day in the
list, so a list of sizes told with it goes day by day, never all on the last day.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "There were two swaps, of 84 and 95 Ukrainians, on the 4th and the 24th of July.",
        "There were two swaps, of 84 and 95 Ukrainians, on the 4th and 24th of July.",
        "Two swaps, on the 4th and the 24th of July, brought home 84 and 95 Ukrainians.",
    ],
)
def test_news_ordinal_days_before_a_month_are_each_its_day(news: News, text: str) -> None:
    assert news(text).day_counts_as_text() == {("2025-07-04", "84"), ("2025-07-24", "95")}


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(min_value=1, max_value=14),
    second=st.integers(min_value=15, max_value=28),
    month=st.sampled_from(["March", "May", "August"]),
)
def test_news_no_ordinal_day_takes_the_last_day_of_its_list(
    news: News, first: int, second: int, month: str
) -> None:
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}
    text = (
        f"There were two swaps, of 84 and 95 Ukrainians, on the {first}{suffix.get(first, 'th')} "
        f"and the {second}{suffix.get(second, 'th')} of {month}."
    )
    number = {"March": 3, "May": 5, "August": 8}[month]
    assert news(text).day_counts_as_text() == {
        (f"2025-{number:02d}-{first:02d}", "84"),
        (f"2025-{number:02d}-{second:02d}", "95"),
    }


def test_news_cardinal_days_before_a_month_still_read_as_before(news: News) -> None:
    text = "There were two swaps, of 84 and 95 Ukrainians, on 4 and 24 July."
    assert news(text).day_counts_as_text() == {("2025-07-04", "84"), ("2025-07-24", "95")}
