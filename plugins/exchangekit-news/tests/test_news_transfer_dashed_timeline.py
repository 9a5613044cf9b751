"""A timeline's line "MARCH 3 - 40 Ukrainian soldiers come home": the dash after the day.

A spaced dash between a day and a number up to 31 may end a span of days ("May 6 - 10");
when a word for people (or a nationality and one) follows the number, the number
counts them and the dash only sets the date off.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=1, max_value=27),
    st.integers(min_value=2, max_value=31),
    st.sampled_from(["MARCH", "March", "October"]),
    st.sampled_from(["Ukrainian soldiers", "Ukrainian prisoners of war", "Ukrainian servicemen"]),
    st.sampled_from(["come home", "came home", "return home"]),
)
def test_news_a_count_after_a_dashed_day_is_people(
    legs: Callable[..., Any], day: int, count: int, month: str, noun: str, verb: str
) -> None:
    found = legs(f"{month} {day} - {count} {noun} {verb}.")
    assert {key: c.best for key, c in found.items()} == {("RUS", "UKR", "prisoners_of_war"): count}


def test_news_a_span_of_days_before_a_dash_stays_a_span(legs: Callable[..., Any]) -> None:
    # near miss: the number after the dash ends the span; the count comes later
    found = legs("The talks ran from May 5 - 25, and in the end 40 Ukrainian prisoners came home.")
    assert {key: c.best for key, c in found.items()} == {("RUS", "UKR", "prisoners_of_war"): 40}
