"""A swap a side is preparing is one in the making, however it is sized.

"Kyiv is preparing a 300-for-300 exchange", "the sides prepare the handover of 500
bodies": the object of "preparing" is still to be carried out, so no one is read as
handed over. A swap done after its preparation keeps its reading.
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
        "Kyiv is preparing a 300-for-300 exchange.",
        'Officials said the two sides were preparing a "150 for 150" prisoner swap.',
        "Ukraine prepares a new 80-for-80 exchange with Russia, its ombudsman said.",
        "Russia is preparing the handover of 500 bodies.",
    ],
)
def test_swap_being_prepared_moves_no_one(recap: Recap, text: str) -> None:
    """The prepared swap is not done: nothing is read."""
    assert recap(text) == set()


def test_swap_done_after_preparation_is_kept(recap: Recap) -> None:
    """Near miss: a swap carried out after weeks of preparation moved people both ways."""
    text = "After weeks of preparation, the sides held a 120-for-120 exchange on Monday."
    assert {(s, r, c) for _, s, r, _, c in recap(text)} == {
        ("UKR", "RUS", "120"),
        ("RUS", "UKR", "120"),
    }


@given(
    n=st.integers(min_value=2, max_value=3000).filter(lambda n: not 1800 <= n <= 2100),
    side=st.sampled_from(["Kyiv is", "Moscow is", "The two sides are", "Ukraine was"]),
    noun=st.sampled_from(["exchange", "swap", "prisoner exchange"]),
)
@settings(max_examples=20, deadline=None)
def test_any_swap_being_prepared(recap: Recap, n: int, side: str, noun: str) -> None:
    """Whatever the size, the side and the noun, a swap being prepared moves no one."""
    assert recap(f"{side} preparing a {n:,}-for-{n:,} {noun}.") == set()
