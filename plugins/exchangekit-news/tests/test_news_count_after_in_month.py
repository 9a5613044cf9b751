"""A number after "in" and a month that a word follows is a count, not the month's day.

"In July 12 children returned to Ukraine": a day takes "on" ("on July 12"); after
"in" the month stands alone, and the number opens the clause's subject. A number
set off by a comma ("In July 12, 40 soldiers ...") or joined to another day ("in
May 9 and 10") stays a day, as does any day after "on".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


def test_news_digits_after_in_month_count_children(recap: Callable[[str], Any]) -> None:
    found = recap("In July 12 children returned to Ukraine.")
    assert found == {("2025-07", "RUS", "UKR", "children", "12")}


def test_news_number_word_after_in_month_counts_civilians(recap: Callable[[str], Any]) -> None:
    found = recap("In January nine Russian civilians were returned home from Ukraine.")
    assert found == {("2025-01", "UKR", "RUS", "civilians", "9")}


def test_news_count_after_in_month_both_ways(recap: Callable[[str], Any]) -> None:
    found = recap("In March 15 soldiers came home to Ukraine and 15 to Russia.")
    assert found == {
        ("2025-03", "RUS", "UKR", "prisoners_of_war", "15"),
        ("2025-03", "UKR", "RUS", "prisoners_of_war", "15"),
    }


def test_news_day_set_off_by_comma_after_in_month_stays_a_day(
    recap: Callable[[str], Any],
) -> None:
    found = recap("In July 12, 40 soldiers returned to Ukraine.")
    assert found == {("2025-07-12", "RUS", "UKR", "prisoners_of_war", "40")}


def test_news_day_after_on_month_stays_a_day(recap: Callable[[str], Any]) -> None:
    found = recap("Russia freed 40 soldiers on July 12, 2025.")
    assert found == {("2025-07-12", "RUS", "UKR", "prisoners_of_war", "40")}


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=2, max_value=31))
def test_news_count_after_in_month_any_number(recap: Callable[[str], Any], n: int) -> None:
    found = recap(f"In July {n} children returned to Ukraine.")
    assert found == {("2025-07", "RUS", "UKR", "children", f"{n:,}")}
