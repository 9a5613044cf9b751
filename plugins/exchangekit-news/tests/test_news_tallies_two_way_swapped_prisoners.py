"""A go-between's two-way total of "prisoners exchanged" names no one kind.

The people a mediator's swaps moved both ways take in civilians beside soldiers, so the bare
word "prisoners" with a verb of swapping is read as people of no particular kind; "prisoners
of war", and prisoners "freed" or "released", keep the prisoners-of-war kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


@pytest.mark.parametrize(
    ("sentence", "kind", "figure"),
    [
        (
            "Qatar's foreign ministry said the number of prisoners exchanged through its"
            " good offices had now reached 2,410.",
            PersonCategory.OTHER,
            "2,410",
        ),
        # harder: the verb before the figure, the two ways said after it
        (
            "Turkey said it had so far helped to swap 1,870 prisoners altogether, counting"
            " both directions, in nine rounds of talks.",
            PersonCategory.OTHER,
            "1,870",
        ),
        # near-misses: "prisoners of war" and prisoners "freed" keep their kind
        (
            "Qatar's foreign ministry said the number of prisoners of war exchanged through"
            " its good offices had now reached 2,410.",
            PersonCategory.PRISONERS_OF_WAR,
            "2,410",
        ),
        (
            "Qatar's foreign ministry said the number of prisoners freed through its good"
            " offices had now reached 2,410.",
            PersonCategory.PRISONERS_OF_WAR,
            "2,410",
        ),
        # the swaps counted by another word: "exchanges ... involving" does not count them
        (
            "Turkey said it had brokered nine exchanges since the war began involving 1,870"
            " prisoners from both sides combined.",
            PersonCategory.PRISONERS_OF_WAR,
            "1,870",
        ),
    ],
)
def test_news_two_way_prisoners_kind(
    news: Callable[..., Any], sentence: str, kind: PersonCategory, figure: str
) -> None:
    result = news(sentence)
    assert result.exchanges == []
    (tally,) = result.tallies
    assert tally.receiver.code == "RUS+UKR"
    assert tally.sender is None
    assert tally.category is kind
    assert tally.count == Count.parse(figure)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=120, max_value=9_000))
def test_news_two_way_prisoners_exchanged_any_figure(news: Callable[..., Any], n: int) -> None:
    """Whatever the figure, a mediator's "prisoners exchanged" total stays one two-way tally
    of no particular kind, never a handover."""
    result = news(
        f"Qatar said the total number of prisoners exchanged through its efforts had"
        f" risen to {n:,}."
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert tally.receiver.code == "RUS+UKR"
    assert tally.category is PersonCategory.OTHER
    assert tally.count == Count.parse(f"{n:,}")
