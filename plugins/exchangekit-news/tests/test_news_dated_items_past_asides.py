"""Verbless dated items of a staged swap read past a part before them or an aside after them.

A recap tells the first day of a staged swap in full, names a part of it ("among them 120
civilians"), then clips the next days ("; on 9 June another 281 troops each way; and on
10 June 266 each way, all of them military men, both capitals said"): each clipped
day repeats both ways of the swap with its own number, and the closing aside only says who
the people were or who told it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


def _counts(legs: Legs, sender: str, receiver: str) -> set[tuple[str, str]]:
    """(category, count) of every leg from ``sender`` to ``receiver``."""
    return {(kind, count) for _, s, r, kind, count in legs if (s, r) == (sender, receiver)}


def test_days_after_a_part_repeat_the_swap(recap: Recap) -> None:
    """Both clipped days after a part aside go both ways, each with its own figure."""
    legs = recap(
        "On 8 June, 415 people were released by each side, including 95 civilians; on 9 June "
        "another 281 soldiers each way; and on 10 June 266 each way, all of them servicemen "
        "by both sides' account."
    )
    for way in (("UKR", "RUS"), ("RUS", "UKR")):
        assert ("prisoners_of_war", "281") in _counts(legs, *way)
        assert ("prisoners_of_war", "266") in _counts(legs, *way)
        assert not any(count == "95" for _, count in _counts(legs, *way))


@given(
    first=st.integers(min_value=100, max_value=900),
    part=st.integers(min_value=5, max_value=99),
    later=st.integers(min_value=100, max_value=900),
    opener=st.sampled_from(["among them", "including"]),
    share=st.sampled_from(["each way", "soldiers each way", "men each way"]),
    further=st.sampled_from(["", "a further "]),
    aside=st.sampled_from(
        [
            "",
            ", all of them servicemen",
            ", according to Kyiv",
            ", all of them soldiers according to both governments",
        ]
    ),
)
@settings(max_examples=25, deadline=None)
def test_clipped_day_after_a_part_any_wording(
    recap: Recap,
    first: int,
    part: int,
    later: int,
    opener: str,
    share: str,
    further: str,
    aside: str,
) -> None:
    """Whatever the figures and wording, the clipped day's figure goes both ways."""
    legs = recap(
        f"On 23 May, {first} people were swapped by each side, {opener} {part} civilians; "
        f"and on 25 May {further}{later} {share}{aside}."
    )
    for way in (("UKR", "RUS"), ("RUS", "UKR")):
        assert any(count == str(later) for _, count in _counts(legs, *way))


@pytest.mark.parametrize(
    "text",
    [
        # the aside has a verb of its own: the figure is no clipped item
        "On 23 May, 390 people were freed by each side; and on 25 May 303 each way, "
        "all of them servicemen who were later sent home.",
        # a part of the item, not its kind, and a clause follows
        "On 23 May, 390 people were freed by each side; and on 25 May, 22 men, "
        "all of them wounded, were sent to hospital.",
    ],
)
def test_aside_with_its_own_clause_is_not_read(recap: Recap, text: str) -> None:
    """An aside that goes on with a clause of its own leaves the item unread as a swap day."""
    legs = recap(text)
    assert not any(count in ("303", "22") for *_, count in legs)
