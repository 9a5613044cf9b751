"""A counting verb whose subject is people still held gives no returned total.

"The bodies returned since 2022 number more than 9,000" counts the returned; "the bodies
not yet returned number more than 9,000" counts those still held, and "still"/"awaiting"
say the same: no figure of returns is read from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=10, deadline=None)
@given(
    held=st.sampled_from(["not yet returned", "still awaiting return", "never returned"]),
    count=st.integers(min_value=2, max_value=40),
)
def test_people_still_held_are_no_returned_total(
    news: Callable[..., Any], held: str, count: int
) -> None:
    result = news(
        f"Kyiv said the remains {held} to Ukraine since the invasion number about {count},000."
    )
    assert not result.tallies
    assert not result.exchanges
    # the twin without the words of being held is read, so the refusal is the rule's
    twin = news(
        f"Kyiv said the remains returned to Ukraine since the invasion number about {count},000."
    )
    assert [t.count.best for t in twin.tallies] == [count * 1000]


def test_harder_still_held_with_a_hedge_and_a_long_subject(news: Callable[..., Any]) -> None:
    # harder: the negation sits deep in a long subject and a hedge stands before the number
    result = news(
        "Officials in Kyiv said the bodies of soldiers that Moscow has still not handed back"
        " to their families total well over 6,000."
    )
    assert not result.tallies
    assert not result.exchanges


def test_the_returned_still_counted(news: Callable[..., Any]) -> None:
    # near miss: with no word of still being held, the counted returns are a tally
    result = news(
        "Kyiv said the remains returned to Ukraine since the invasion number about 7,000."
    )
    assert len(result.tallies) == 1
    assert result.tallies[0].count.best == 7000


@settings(max_examples=8, deadline=None)
@given(
    aside=st.sampled_from(
        ["are still being identified", "are still in morgues", "are not yet identified"]
    ),
    count=st.integers(min_value=2, max_value=40),
)
def test_a_still_in_a_first_predicate_leaves_the_returned_counted(
    news: Callable[..., Any], aside: str, count: int
) -> None:
    # "still"/"not yet" of another predicate of the subject ("are still being
    # identified and number ...") says nothing of the people being held
    result = news(
        f"Officials said the bodies handed back to Ukraine since 2022 {aside} and"
        f" number about {count},000."
    )
    assert len(result.tallies) == 1
    assert result.tallies[0].count.best == count * 1000


def test_still_held_before_a_first_predicate_is_still_no_total(news: Callable[..., Any]) -> None:
    # near miss: the "still" is the subject's own ("the bodies still held by Russia")
    result = news(
        "Officials said the bodies still held by Russia are unidentified and number about 7,000."
    )
    assert not result.tallies
    assert not result.exchanges
