"""Soldiers coming home, of no side named, after a swap told both ways in turn.

A story that tells its side's people coming home and then, in another sentence, the
other side's getting its own back has told one swap, not a handover to the other side:
a later group of soldiers "brought home" is the people of the side telling the story,
when the swap led with that side's people. A bare number, or a swap led by the other
side's return, leaves the way unguessed.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

SWAP = (
    "Ninety Ukrainian soldiers were freed on Wednesday, the president's office said. "
    "Moscow's defence ministry said 90 Russian troops had been returned to Russia in the "
    "same swap. "
)
TELLER = "The Coordination Headquarters said the swap was the 70th of the war. "


def test_news_soldiers_brought_home_by_an_earlier_swap_are_the_tellers(recap: Recap) -> None:
    legs = recap(
        SWAP + TELLER + "The previous exchange, on 5 September, had brought home 88 servicemen."
    )
    assert ("2025-09-05", "RUS", "UKR", "prisoners_of_war", "88") in legs
    assert ("2025-11-19", "UKR", "RUS", "prisoners_of_war", "90") in legs


def test_news_a_group_of_no_kind_stays_unread(recap: Recap) -> None:
    # near miss: "people" may be either side's after a swap told both ways
    legs = recap(
        SWAP + TELLER + "The previous exchange, on 5 September, had brought home 88 people."
    )
    assert all(leg[4] != "88" for leg in legs)


def test_news_the_other_sides_speaker_last_leaves_the_way_unread(recap: Recap) -> None:
    # near miss: the last side heard is not the one whose people the swap led with
    legs = recap(SWAP + "The previous exchange, on 5 September, had brought home 88 servicemen.")
    assert all(leg[4] != "88" for leg in legs)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    size=st.integers(min_value=11, max_value=89),
    noun=st.sampled_from(["soldiers", "servicemen", "prisoners of war"]),
)
def test_news_the_earlier_group_never_goes_to_the_other_side(
    recap: Recap, size: int, noun: str
) -> None:
    legs = recap(
        SWAP + TELLER + f"The previous exchange, on 5 September, had brought home {size} {noun}."
    )
    earlier = {leg for leg in legs if leg[0] == "2025-09-05"}
    assert earlier <= {("2025-09-05", "RUS", "UKR", "prisoners_of_war", str(size))}
