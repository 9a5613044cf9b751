"""A "respectively" list before its verb is read only when as many days are listed.

"On 2 and 9 May, 60 and 85 respectively came home from Russian captivity": each number
goes with its own day.
With no days ("in the two exchanges") the numbers have no swap to be dated on, and after
two sides, before the list or after it ("Moscow and Kyiv said 60 and 85 respectively
came home", "..., 60 and 85 respectively came home, Russia and Ukraine said") the word
may share the
numbers out over the sides, whose homes differ: neither is read, rather than one of them
dated on the day of publication or sent the wrong way.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


@settings(max_examples=15, deadline=None)
@given(
    first=st.integers(min_value=11, max_value=60),
    second=st.integers(min_value=61, max_value=140),
    opener=st.sampled_from(["Kyiv said", "Ukraine announced that", "Ukraine's ombudsman said"]),
    tail=st.sampled_from(
        ["in the two exchanges", "in the two most recent swaps", "after long talks"]
    ),
)
def test_no_days_no_respective_reading(
    recap: Callable[[str], Legs], first: int, second: int, opener: str, tail: str
) -> None:
    """No listed days to share the numbers over: nothing is read."""
    assert recap(f"{opener} {first} and {second} respectively came home {tail}.") == set()


def test_harder_three_numbers_and_a_side_but_no_days(recap: Callable[[str], Legs]) -> None:
    """Harder: three numbers, a comma before the word, a side named after: still no days."""
    text = "Over the three handovers, 40, 52 and 77, respectively, came home to Ukraine."
    assert recap(text) == set()


def test_two_sides_share_the_numbers(recap: Callable[[str], Legs]) -> None:
    """Two sides before the list share it out: no single direction can be given."""
    text = "Moscow and Kyiv said 60 and 85 respectively had come home."
    assert recap(text) == set()


def test_as_many_days_still_read(recap: Callable[[str], Legs]) -> None:
    """Near miss: two days listed for two numbers is the form that is read."""
    text = "On 2 March and 9 April, 60 and 85 respectively came home from Russian captivity."
    assert {(p, s, r, n) for p, s, r, _, n in recap(text)} == {
        ("2025-03-02", "RUS", "UKR", "60"),
        ("2025-04-09", "RUS", "UKR", "85"),
    }


def test_two_sides_after_the_list_share_the_numbers(recap: Callable[[str], Legs]) -> None:
    """Harder: the two sides speak after the dated list, with a bare "came home": the
    numbers may be theirs, not the days', so no direction is given."""
    text = "On 4 May and 1 June, 70 and 95 respectively came home, Kyiv and Moscow said."
    assert recap(text) == set()
