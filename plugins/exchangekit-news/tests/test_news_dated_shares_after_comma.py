"""Swaps named, then sized one day at a time after a comma or dash.

"The month brought two swaps, 40 each on the 3rd and 55 each on the 9th": each "N each
on <day>" is one exchange of that day, as it is after a colon, never a running total of
the war. A share with no day after it ("40 each on average") sizes no swap of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

Dated = Callable[[str, date], set[tuple[str, str, str, str]]]
PUBLISHED = date(2025, 6, 30)


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(min_value=20, max_value=150),
    second=st.integers(min_value=20, max_value=150),
    mark=st.sampled_from([",", " –", ":"]),
)
def test_each_dated_share_is_one_swap_of_its_day(
    dated_legs: Dated, first: int, second: int, mark: str
) -> None:
    """Whatever the sizes and the mark after the noun, two exchanges each way on their days."""
    text = (
        f"The month brought two swaps{mark} {first} each on the 3rd and {second} each on the 9th."
    )
    assert dated_legs(text, PUBLISHED) == {
        ("2025-06-03", "UKR", "RUS", str(first)),
        ("2025-06-03", "RUS", "UKR", str(first)),
        ("2025-06-09", "UKR", "RUS", str(second)),
        ("2025-06-09", "RUS", "UKR", str(second)),
    }


def test_a_clause_inside_the_list_and_a_dash(dated_legs: Dated) -> None:
    """Harder: a dash after the noun, "apiece", and a clause set inside the list."""
    text = (
        "June saw two further exchanges – 75 each on the 4th, when the wounded came home, "
        "and 60 apiece on the 14th."
    )
    assert dated_legs(text, PUBLISHED) == {
        ("2025-06-04", "UKR", "RUS", "75"),
        ("2025-06-04", "RUS", "UKR", "75"),
        ("2025-06-14", "UKR", "RUS", "60"),
        ("2025-06-14", "RUS", "UKR", "60"),
    }


def test_an_average_share_has_no_day_and_no_swap(dated_legs: Dated) -> None:
    """Near miss: "each on average" names no day, so no exchange is dated from it."""
    text = "Since 2022 there have been 58 swaps, 40 each on average."
    assert dated_legs(text, PUBLISHED) == set()


def test_a_proposed_pair_of_swaps_is_not_read(dated_legs: Dated) -> None:
    """Near miss: swaps only proposed, sized the same way, moved no one."""
    text = "Kyiv proposed two swaps, 40 each on the 3rd and 55 each on the 9th."
    assert dated_legs(text, PUBLISHED) == set()
