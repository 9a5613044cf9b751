"""Recaps of many swaps: a dash-opened list of dated pairs, and a swap verb's bare share.

"Two swaps followed - 40 for 40 on 2 March and 65 for 65 on 9 March - and ..." lists
dated pairs after a dash as a colon would, the closing dash notwithstanding; "the sides
traded 70 apiece on 4 May" sizes one exchange per side, even when the sentence goes on
to a mediator's running total. A share that is a rate ("each day") is not read, nor is
a dashed list of pairs after a phrase that names no swap.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


def _sizes(legs: Legs) -> set[tuple[str, str]]:
    return {(period, count) for period, _, _, _, count in legs}


def test_dash_list_of_dated_pairs_closed_by_a_dash(recap: Recap) -> None:
    """Both pairs of the dashed list are swaps of their own days, each way."""
    legs = recap(
        "Spring was busier: two swaps followed a week apart - 40 for 40 on 2 March and "
        "65 for 65 on 9 March - and then a lull set in."
    )
    assert _sizes(legs) == {("2025-03-02", "40"), ("2025-03-09", "65")}
    assert len(legs) == 4


def test_swap_verb_share_is_one_swap_not_a_total(recap: Recap) -> None:
    """A running total told after the share does not turn the share into a tally."""
    legs = recap(
        "Two handovers followed in spring \u2014 40 for 40 on 2 March and 65 for 65 on "
        "9 March \u2014 and on 4 May Kyiv and Moscow traded 70 apiece, the mediator said, "
        "lifting the count of its mediations since the invasion to 12, involving 3,100 "
        "captives from both sides."
    )
    assert ("2025-05-04", "UKR", "RUS", "prisoners_of_war", "70") in legs
    assert ("2025-05-04", "RUS", "UKR", "prisoners_of_war", "70") in legs
    assert ("2025-03-09", "RUS", "UKR", "prisoners_of_war", "65") in legs


@given(
    size=st.integers(min_value=11, max_value=400),
    verb=st.sampled_from(["swapped", "exchanged", "traded"]),
    share=st.sampled_from(["each", "apiece"]),
    tail=st.sampled_from([".", ", officials said.", " in Istanbul."]),
)
@settings(max_examples=20, deadline=None)
def test_swap_verb_share_any_wording(
    recap: Recap, size: int, verb: str, share: str, tail: str
) -> None:
    """Whatever the size and wording, the share goes each way on the swap's day."""
    legs = recap(f"On 18 June the two sides {verb} {size} {share}{tail}")
    assert {(s, r, c) for _, s, r, _, c in legs} == {
        ("UKR", "RUS", str(size)),
        ("RUS", "UKR", str(size)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a rate, not a share of one swap
        "Along the front the two armies exchanged 60 each day in artillery duels.",
        # a dashed list of pairs after a phrase that names no swap: offers, not swaps
        "Two offers were floated \u2014 60 for 60 on 2 April and 80 for 80 on 9 May \u2014 "
        "before the talks stalled.",
    ],
)
def test_near_misses_read_nothing(recap: Recap, text: str) -> None:
    assert recap(text) == set()
