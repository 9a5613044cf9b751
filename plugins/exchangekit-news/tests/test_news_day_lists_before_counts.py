"""Numbers after a listed date that run on to a noun of people are counts, not days.

"On 4 March and 9 March, 31 and 18 bodies were handed back": "9 March, 31" could be a
list of days of March, but the numbers listed up to "bodies" count the dead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=10, max_value=28),
    st.integers(min_value=30, max_value=90),
    st.sampled_from(["bodies", "soldiers", "civilians"]),
)
def test_news_numbers_after_a_date_list_ending_on_people_are_counts(
    recap: Callable[[str], Any], first: int, second: int, noun: str
) -> None:
    found = recap(
        f"On March 4 and March 9, {first} and {second} {noun}, respectively, were sent"
        " back to Russia by Ukraine."
    )
    assert {(period, count) for period, *_, count in found} == {
        ("2025-03-04", str(first)),
        ("2025-03-09", str(second)),
    }


def test_news_three_counts_after_a_date(recap: Callable[[str], Any]) -> None:
    # the harder form: three counts, the noun group longer, the way given by the verb
    found = recap(
        "In the three handovers, on May 2, May 9 and May 16, 12, 25 and 19 bodies of"
        " Ukrainian servicemen respectively were returned to Ukraine."
    )
    assert {(period, count) for period, *_, count in found} == {
        ("2025-05-02", "12"),
        ("2025-05-09", "25"),
        ("2025-05-16", "19"),
    }


def test_news_days_listed_after_a_date_stay_days(recap: Callable[[str], Any]) -> None:
    # near miss: the numbers after the date end on no people; they are days of the month
    found = recap("On June 11, 13 and 15, Russia returned 27, 22 and 40 bodies respectively.")
    assert {(period, count) for period, *_, count in found} == {
        ("2025-06-11", "27"),
        ("2025-06-13", "22"),
        ("2025-06-15", "40"),
    }
