"""Bare figures listed before "respectively" and the verb of coming home they share.

"On 2 March and 9 April, 45 and 70 respectively came back to each side": the word
stands between the list and its verb; each number is one dated swap's size, per side,
as it would be without the word and with one date.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(min_value=11, max_value=60),
    second=st.integers(min_value=61, max_value=140),
    comma=st.sampled_from(["", ","]),
)
def test_each_listed_number_sizes_its_own_dated_swap(
    recap: Callable[[str], Legs], first: int, second: int, comma: str
) -> None:
    """Each number goes with its own day, both ways, and no number with the other's day."""
    text = (
        f"On 2 March and 9 April, {first} and {second}{comma} respectively{comma} came back"
        " to each side after talks in Abu Dhabi."
    )
    sized = {(p, s, r, n) for p, s, r, _, n in recap(text)}
    assert sized == {
        ("2025-03-02", "RUS", "UKR", str(first)),
        ("2025-03-02", "UKR", "RUS", str(first)),
        ("2025-04-09", "RUS", "UKR", str(second)),
        ("2025-04-09", "UKR", "RUS", str(second)),
    }


def test_three_numbers_and_a_heading_of_days(recap: Callable[[str], Legs]) -> None:
    """Harder: three days opening the line with a colon and three numbers shared out."""
    text = (
        "2 March, 9 April and 1 May: 45, 70 and 88 respectively came back to each country,"
        " in exchanges both capitals praised."
    )
    sized = {(p, n) for p, _, _, _, n in recap(text)}
    assert sized == {("2025-03-02", "45"), ("2025-04-09", "70"), ("2025-05-01", "88")}


def test_one_way_home_from_captivity(recap: Callable[[str], Legs]) -> None:
    """A list coming home from one side's captivity moves one way only."""
    text = "On 2 March and 9 April, 45 and 70 respectively came back from Russian captivity."
    ways = {(p, s, r, n) for p, s, r, _, n in recap(text)}
    assert ways == {("2025-03-02", "RUS", "UKR", "45"), ("2025-04-09", "RUS", "UKR", "70")}


def test_a_list_not_moved_is_no_swap(recap: Callable[[str], Legs]) -> None:
    """Near miss: the same list before a verb of no moving tells no transfer."""
    text = "On 2 March and 9 April, 45 and 70 respectively were reported missing near the front."
    assert recap(text) == set()
