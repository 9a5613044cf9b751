"""A handover that people talk, speak or think "about" is a subject of talk, not one done.

"Russia and Ukraine have been talking about a 1,000-for-1,000 swap for weeks", "officials
talked about the return of 300 prisoners": what is talked about is named, not carried out.
A swap told done in a clause of its own keeps its reading.
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
        "Russia and Ukraine have been talking about a 1,000-for-1,000 swap for weeks.",
        "Officials in Kyiv talked about the return of 300 prisoners on Friday.",
        "Zelensky spoke about an exchange of 500 for 500 at the summit.",
        'The ministry is thinking about a "200 for 200" swap.',
    ],
)
def test_swap_talked_about_moves_no_one(recap: Recap, text: str) -> None:
    """The handover is only talked about: nothing is read."""
    assert recap(text) == set()


@pytest.mark.parametrize(
    ("text", "legs"),
    [
        (
            "After talking about it for weeks, the sides swapped 300 prisoners each on Friday.",
            {("UKR", "RUS", "300"), ("RUS", "UKR", "300")},
        ),
        (
            "Zelensky spoke about the swap on Friday, in which 84 soldiers came home.",
            {("RUS", "UKR", "84")},
        ),
    ],
)
def test_swap_done_beside_talk_is_kept(
    recap: Recap, text: str, legs: set[tuple[str, str, str]]
) -> None:
    """Near misses: a swap told done by a verb of its own still moves people."""
    assert {(s, r, c) for _, s, r, _, c in recap(text)} == legs


@given(
    n=st.integers(min_value=2, max_value=3000).filter(lambda n: not 1800 <= n <= 2100),
    verb=st.sampled_from(["have been talking", "talked", "spoke", "are thinking"]),
    noun=st.sampled_from(["swap", "exchange", "prisoner exchange"]),
)
@settings(max_examples=20, deadline=None)
def test_any_swap_talked_about(recap: Recap, n: int, verb: str, noun: str) -> None:
    """Whatever the size, the verb of talk and the noun, nothing moved."""
    assert recap(f"The two sides {verb} about a {n:,}-for-{n:,} {noun}.") == set()
