"""A go-between's total of people freed, beside the swaps it brokered "between X and Y".

"Saudi Arabia said the deal was the ninth it had brokered between Moscow and Kyiv and
that 2,760 captives had so far been freed through its efforts": the two sides named after
"between" are the pair the swaps went between, not a receiver, so the total is the
mediator's two-way count, as it is with the sides left unnamed. Before, the sides so
named stopped the two-way reading and a receiver carried from the sentence before was
given instead. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_BEFORE = "Kyiv said 212 Ukrainians had come home on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Saudi Arabia said the deal was the ninth it had brokered between Moscow and Kyiv and that"
        " {n} captives had so far been freed through its efforts.",
        "The Emirati foreign ministry said the exchange was the 14th it had mediated between"
        " Russia and Ukraine, and that a total of {n} captives had now been released through"
        " its mediation.",
        "The UAE said that the swap, the 20th it had brokered between Ukraine and Russia, meant"
        " {n} prisoners had now been freed through its efforts.",
    ],
)
def test_total_of_swaps_between_named_sides_is_two_way(news: News, sentence: str) -> None:
    """The mediator's total goes both ways, not to the side of the sentence before."""
    result = news(_BEFORE + sentence.format(n="3,480"))
    assert result.tally_keys() == {(None, "RUS+UKR", Count.parse("3,480"))}


def test_a_side_named_as_subject_still_blocks_it(news: News) -> None:
    """Near miss: sides that do the freeing leave the total unread, as before."""
    result = news("Russia and Ukraine have freed 300 captives through its mediation, the UAE said.")
    assert not result.tallies


@given(n=st.integers(min_value=200, max_value=9_000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=15, deadline=None)
def test_any_total_between_named_sides(news: News, n: int) -> None:
    """Whatever the figure, no one side receives a go-between's total."""
    result = news(
        _BEFORE + "Qatar said the exchange was the sixth it had mediated between Kyiv and"
        f" Moscow and that {n:,} captives had now been released through its efforts."
    )
    assert result.tally_keys() == {(None, "RUS+UKR", Count.parse(f"{n:,}"))}
