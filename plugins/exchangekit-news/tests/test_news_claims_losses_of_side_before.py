"""A sentence naming "the losses of <side>" sets up whose toll the next sentence gives.

"Moscow does not disclose the losses of the Russian army. Its last official figure,
6,100 dead, dates from last year": the toll told next names no side, and counts the
side whose losses the sentence before named, as "Russian losses" would. A sentence
naming no side's losses leaves a sideless toll after it unread, and a side named in the
toll's own sentence still wins.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

SIDES = {"Russian": "RUS", "Ukrainian": "UKR"}


@settings(max_examples=20, deadline=None)
@given(
    side=st.sampled_from(sorted(SIDES)),
    force=st.sampled_from(["army", "armed forces", "military", "troops"]),
    topic=st.sampled_from(["losses", "casualties", "dead"]),
    amount=st.integers(min_value=2_100, max_value=90_000),
)
def test_news_the_losses_of_a_side_give_the_next_toll_its_side(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    side: str,
    force: str,
    topic: str,
    amount: int,
) -> None:
    """Whatever the side and count, the toll after "the losses of <side>" is that side's."""
    text = (
        f"The ministry rarely publishes figures on the {topic} of the {side} {force}. "
        f"The last official figure, {amount:,} dead, was given in the spring."
    )
    read = found(news(text))
    assert (SIDES[side], "killed", Count.exact(amount)) in read
    other = "UKR" if SIDES[side] == "RUS" else "RUS"
    assert (other, "killed", Count.exact(amount)) not in read


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Kyiv has kept quiet about the casualties of the Ukrainian army. Its only "
            "official toll, 31,000 dead, was given a year ago.",
            "UKR",
        ),
        (
            "Analysts have long tried to count the losses of the armed forces of Russia. "
            "The last official figure, 6,100 dead, was announced in 2022.",
            "RUS",
        ),
    ],
)
def test_news_the_losses_of_a_side_in_other_forms(
    news: Callable[..., Any], text: str, side: str
) -> None:
    claims = news(text).claims
    assert claims
    assert {c.subject.code for c in claims} == {side}


def test_news_a_sentence_of_no_side_losses_leaves_the_toll_unread(
    news: Callable[..., Any],
) -> None:
    # near miss: no side's losses named before, so the bare toll is no one's claim
    text = (
        "The ministry rarely publishes figures on the weather in the region. "
        "The last official figure, 6,100 dead, was given in the spring."
    )
    assert news(text).claims == []
