"""A total "returned this year" that a speaker gave in a month stands as of that month.

"The ministry said in October that 2,000 had been freed this year": "this year" is the
span the total sums, and the month of saying is when it stood, as with a year named in
figures ("... had come home in 2022"). A day of saying keeps its day.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def tallied(read: Any) -> set[tuple[str, str, str]]:
    """(category, count, as-of) of every tally read."""
    return {(t.category.value, str(t.count), t.as_of.format()) for t in read.tallies}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(month=st.integers(min_value=2, max_value=11), freed=st.integers(300, 4_000))
def test_news_a_years_total_said_in_a_month_is_as_of_that_month(
    news: News, month: int, freed: int
) -> None:
    """Any month of saying before the publication's dates the year's total."""
    name = calendar.month_name[month]
    text = (
        f"Ukraine's coordination headquarters said in {name} that {freed:,} Ukrainians "
        "had been freed from Russian captivity this year."
    )
    read = news(text, published=date(2024, 12, 20))
    assert tallied(read) == {("other", f"{freed:,}", f"2024-{month:02d}")}


def test_news_bodies_returned_this_year_said_this_month(news: News) -> None:
    """The harder form: "this month" for the saying, bodies, and "more than"."""
    text = (
        "The interior ministry said this month that the remains of more than 3,000 fallen "
        "defenders had been brought home this year, most of them in large handovers."
    )
    read = news(text, published=date(2024, 12, 20))
    assert tallied(read) == {("remains", "more than 3,000", "2024-12")}


def test_news_a_day_of_saying_keeps_its_day(news: News) -> None:
    """Near miss: a weekday of saying is a day, not a month."""
    text = (
        "Ukraine's coordination headquarters said on Tuesday that 1,200 Ukrainians had been "
        "freed from Russian captivity this year."
    )
    read = news(text, published=date(2024, 12, 20))
    assert {t[2] for t in tallied(read)} == {"2024-12-17"}
