"""'It was the turn of N people' hands the next group of a staged exchange over.

"The first day freed 60 on each side. On Sunday it was the turn of 212 soldiers on each
side": the people whose turn came were exchanged, as in "the exchange of 212". "At the
turn of the year" and "in turn" name no group.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import read

_DAY = date(2025, 6, 9)


@settings(max_examples=15, deadline=None)
@given(n=st.integers(min_value=2, max_value=1799) | st.integers(min_value=2101, max_value=9999))
def test_news_the_turn_of_a_group_on_each_side_is_a_swap(n: int) -> None:
    legs = read(
        f"On Sunday it was the turn of {n:,} soldiers on each side.", published=_DAY
    ).legs_as_text()
    assert ("RUS", "UKR", "prisoners_of_war", f"{n:,}") in legs
    assert ("UKR", "RUS", "prisoners_of_war", f"{n:,}") in legs


def test_news_then_came_the_turn_of_a_group_of_one_side() -> None:
    legs = read(
        "Then came the turn of 95 Ukrainian soldiers, who returned home from Russian captivity.",
        published=_DAY,
    ).legs_as_text()
    assert ("RUS", "UKR", "prisoners_of_war", "95") in legs


def test_news_the_turn_of_a_year_names_no_group() -> None:
    legs = read(
        "It was the turn of 2024 when the talks began, and in turn 40 Ukrainian soldiers"
        " were named for the next list.",
        published=_DAY,
    ).legs_as_text()
    assert not legs
