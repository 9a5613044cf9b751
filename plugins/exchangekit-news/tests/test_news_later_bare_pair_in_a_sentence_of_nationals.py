"""A bare "N for N" on a later day of a sentence about nationals is a prisoner swap.

A sentence may tell two swaps: "On 4 March 120 Ukrainians were swapped for 120
Russians, and in May a further 60 for 60 followed". The nationality of the first
swap names people of no one kind; the later bare pair, told with a day of its own,
is another swap, and a bare "N for N" swap is of prisoners (as it is when the later
swap opens a sentence of its own). A pair with no day of its own, a pair naming its
people, or a sentence of civilians or the dead keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]

_BOTH_POW = {("RUS", "UKR", "prisoners_of_war"), ("UKR", "RUS", "prisoners_of_war")}
_BOTH_OTHER = {("RUS", "UKR", "other"), ("UKR", "RUS", "other")}


def _kinds(legs: set[tuple[str, str, str, str, str]], count: str) -> set[tuple[str, str, str]]:
    """(sender, receiver, kind) of every leg read with ``count``."""
    return {(leg[1], leg[2], leg[3]) for leg in legs if leg[4] == count}


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March, 120 Ukrainians were swapped for 120 Russians, and in May the two "
        "sides carried out another exchange of 60 for 60, on the 9th.",
        "On 4 March, 120 Ukrainians were exchanged for 120 Russians, and on 9 May "
        "the sides swapped 60 for 60.",
        "120 Ukrainians were traded for 120 Russians on 4 March, while a second swap, "
        "of 60 for 60, took place on 9 May.",
    ],
)
def test_news_a_later_dated_bare_pair_in_the_sentence_is_of_prisoners(
    recap: Recap, text: str
) -> None:
    legs = recap(text)
    assert _kinds(legs, "60") == _BOTH_POW
    assert _kinds(legs, "120") == _BOTH_OTHER


def test_news_a_later_pair_naming_nationals_stays_of_no_one_kind(recap: Recap) -> None:
    text = (
        "On 4 March, 120 Ukrainians were exchanged for 120 Russians, and on 9 May "
        "60 Ukrainians were swapped for 60 Russians."
    )
    assert _kinds(recap(text), "60") <= _BOTH_OTHER


def test_news_a_later_pair_of_civilians_is_not_of_prisoners(recap: Recap) -> None:
    text = (
        "On 4 March, 120 Ukrainians were exchanged for 120 Russians, and on 9 May "
        "civilians were swapped 60 for 60."
    )
    assert not _kinds(recap(text), "60") & _BOTH_POW


_COUNTS = st.integers(min_value=2, max_value=20_000).filter(
    lambda n: not 1800 <= n <= 2100 and n != 120
)


@given(n=_COUNTS, day=st.integers(5, 28), month=st.sampled_from(["May", "July", "October"]))
@settings(max_examples=20, deadline=None)
def test_news_a_later_dated_bare_pair_is_of_prisoners_whatever_its_size(
    recap: Recap, n: int, day: int, month: str
) -> None:
    text = (
        f"On 4 March, 120 Ukrainians were exchanged for 120 Russians, and on {day} "
        f"{month} the sides swapped {n:,} for {n:,}."
    )
    assert _kinds(recap(text), f"{n:,}") == _BOTH_POW
