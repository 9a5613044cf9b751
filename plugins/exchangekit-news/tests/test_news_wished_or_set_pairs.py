"""Pairs listed after a wish or a passive of setting are swaps to come, not swaps done.

"Moscow wants to hold more swaps, and the dates are set: 115 for 115 on 24 August and 200
for 200 in September": what a side wants, and what "is set" or "is scheduled", is still to
happen, however it is dated. Pairs after a verb of a swap done keep their reading.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow wants to hold more swaps, and the dates are set: 115 for 115 on 24 August "
        "and 200 for 200 in September.",
        "The dates are set: 60 for 60 on 4 December and 90 for 90 in January.",
        "Two more swaps have been set: 75 for 75 on Monday and 110 for 110 on Friday.",
        "Kyiv wants two more exchanges, 40 for 40 in December and 55 for 55 in January.",
        "The next round is scheduled: 300 for 300 on 30 November.",
    ],
)
def test_wished_or_set_pairs_move_no_one(recap: Recap, text: str) -> None:
    """A wish or a date set opens a plan: none of its pairs is a swap done."""
    assert recap(text) == set()


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Two swaps followed: 115 for 115 on 24 August and 200 for 200 in September.",
            {"115", "200"},
        ),
        # "set free" is a verb of releasing, done
        ("Both sides set free the same number on Monday: 80 for 80.", {"80"}),
    ],
)
def test_pairs_of_swaps_done_are_kept(recap: Recap, text: str, counts: set[str]) -> None:
    """Near misses: pairs after a verb of a swap done still move people both ways."""
    assert {c for *_, c in recap(text)} == counts


@given(
    a=st.integers(min_value=2, max_value=999),
    b=st.integers(min_value=2, max_value=999),
    opener=st.sampled_from(
        [
            "The dates are set:",
            "Moscow wants more swaps, and the dates are set:",
            "Further exchanges are scheduled:",
            "Kyiv wants two more swaps:",
        ]
    ),
)
@settings(max_examples=25, deadline=None)
def test_any_plan_list(recap: Recap, a: int, b: int, opener: str) -> None:
    """Whatever the sizes, a list of pairs after a wish or a date set moves no one."""
    text = f"{opener} {a} for {a} on 24 November and {b} for {b} in December."
    assert recap(text) == set()
