"""The other way of a swap only planned is planned too: "ready to hand over N in return for M".

"Kyiv said it was ready to hand over 192 Russian servicemen in return for the same number
of Ukrainians" moves no one either way; the same words with a verb done move both ways.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import PersonCategory

Legs = set[tuple[str, str, str, str, str]]
POW = PersonCategory.PRISONERS_OF_WAR


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=500),
    plan=st.sampled_from(["was ready to hand over", "planned to hand over", "would hand over"]),
    counter=st.sampled_from(["the same number of Ukrainians", "{n} Ukrainians"]),
    opening=st.sampled_from(["in return for", "in exchange for"]),
)
def test_the_counterpart_of_a_planned_handover_is_unread(
    recap: Callable[[str], Legs], count: int, plan: str, counter: str, opening: str
) -> None:
    """Neither way of a planned swap is read as a handover done."""
    text = f"Kyiv said it {plan} {count} Russian servicemen {opening} {counter.format(n=count)}."
    assert recap(text) == set()


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=500),
    verb=st.sampled_from(["handed over", "returned", "has handed over"]),
    opening=st.sampled_from(["in return for", "in exchange for"]),
)
def test_the_counterpart_of_a_handover_done_is_read(
    recap: Callable[[str], Legs], count: int, verb: str, opening: str
) -> None:
    """With the verb done, the figure after "in return for" still goes the other way."""
    text = (
        f"On Monday, Kyiv {verb} {count} Russian servicemen {opening} "
        "the same number of Ukrainians."
    )
    moved = {(s, r, c) for _, s, r, _, c in recap(text)}
    assert moved == {("UKR", "RUS", str(count)), ("RUS", "UKR", str(count))}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=11, max_value=2000),
    st.sampled_from(["agreed to", "agreed on", "agreed to carry out", "agree to hold"]),
    st.sampled_from(["an exchange", "a further exchange", "a new swap", "another exchange"]),
    st.sampled_from(["on each side", "each way", "per side", ""]),
)
def test_news_an_exchange_agreed_to_moves_no_one(
    legs_of: Callable[..., Any], n: int, agreed: str, noun: str, share: str
) -> None:
    """ "the delegations agreed to carry out a further exchange of 1,200 prisoners on each side"."""
    tail = f" {share}" if share else ""
    text = f"On July 23, the two delegations {agreed} {noun} of {n} prisoners{tail}."
    assert legs_of(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The sides agreed to an exchange of 84 prisoners on each side, which took place on Sunday.",
        "On Sunday Russia and Ukraine carried out an exchange of 84 prisoners on each side.",
    ],
)
def test_news_an_exchange_agreed_and_done_is_still_read(
    legs_of: Callable[..., Any], text: str
) -> None:
    """The words after the noun saying it took place, or a plain verb done, keep it a swap."""
    assert set(legs_of(text)) == {("RUS", "UKR", POW), ("UKR", "RUS", POW)}
