"""A swap sized "N for N" after "on" of a deal or of agreeing is the deal's terms, not a swap done.

"A deal was struck on a 500-for-500 exchange last week", "Kyiv and Moscow agreed on
Friday on a 300-for-300 swap": what the sides agreed on is still to be carried out, so
no one is read as handed over. A pair whose swap is told done keeps its reading.
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
        "A deal was struck on a 500-for-500 exchange last week.",
        "An agreement was reached on a 240-for-240 swap on Monday.",
        "Kyiv and Moscow agreed on Friday on a 1,000-for-1,000 exchange.",
        'Negotiators in Istanbul settled on a "300 for 300" prisoner swap.',
        "The two sides agreed last Tuesday on a 150-for-150 exchange of captives.",
    ],
)
def test_pair_after_deal_on_is_no_swap_done(recap: Recap, text: str) -> None:
    """The sized swap is what the deal or the agreeing was about: nothing moved yet."""
    assert recap(text) == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the pair sizes a swap told done, with no deal before it
        ("The two sides held a 500-for-500 exchange last week.", "500"),
        ("A 120-for-120 swap took place on Monday.", "120"),
        # the deal is another clause's: the swap told after it is done
        ("After a deal was struck in Istanbul, the sides held a 90-for-90 swap on Monday.", "90"),
    ],
)
def test_pair_of_a_swap_done_is_kept(recap: Recap, text: str, count: str) -> None:
    """Near misses: a pair sizing a swap that took place still moves people both ways."""
    got = {(s, r, c) for _, s, r, _, c in recap(text)}
    assert got == {("UKR", "RUS", count), ("RUS", "UKR", count)}


@given(
    n=st.integers(min_value=2, max_value=5000).filter(lambda n: not 1800 <= n <= 2100),
    deal=st.sampled_from(
        [
            "A deal was struck on",
            "An agreement was reached on",
            "The sides agreed on",
            "Moscow and Kyiv agreed on Sunday on",
            "Officials reached an agreement on",
        ]
    ),
    noun=st.sampled_from(["exchange", "swap", "prisoner exchange"]),
)
@settings(max_examples=30, deadline=None)
def test_any_deal_on_a_pair_moves_no_one(recap: Recap, n: int, deal: str, noun: str) -> None:
    """Whatever the size, the deal's wording and the swap's noun, the terms move no one."""
    assert recap(f"{deal} a {n:,}-for-{n:,} {noun}.") == set()
