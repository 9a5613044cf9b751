""" "Described by Moscow as civilians": the "by" of a labelling participle names the labeller.

"Ukraine handed over 64 people, described by Moscow as civilians" sends the people
from Ukraine; Moscow only labels them. Read as the agent of the handing over, the
"by" turned the transfer round.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = Callable[..., dict[tuple[str, str, str], Any]]


@pytest.mark.parametrize(
    ("text", "way"),
    [
        ("Ukraine handed over 64 people, described by Moscow as civilians.", ("UKR", "RUS")),
        ("Russia released 40 men, identified by Kyiv as defenders of Mariupol.", ("RUS", "UKR")),
        ("Kyiv freed 25 people, termed by the Kremlin as mercenaries, on Friday.", ("UKR", "RUS")),
    ],
)
def test_news_the_labellers_by_is_no_sender(legs: Legs, text: str, way: tuple[str, str]) -> None:
    assert {(s, r) for s, r, _ in legs(text)} == {way}


def test_news_the_agent_of_the_handing_over_still_sends(legs: Legs) -> None:
    # near miss: "by" right after the verb of handing over is its agent
    assert {(s, r) for s, r, _ in legs("64 people were handed over by Ukraine on Friday.")} == {
        ("UKR", "RUS")
    }


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=5_000).filter(lambda n: not 1800 <= n <= 2100),
    verb=st.sampled_from(["described", "identified", "labelled"]),
)
def test_news_a_label_never_turns_the_transfer(legs: Legs, n: int, verb: str) -> None:
    text = f"Ukraine handed over {n:,} people, {verb} by Moscow as civilians."
    assert {(s, r) for s, r, _ in legs(text)} <= {("UKR", "RUS")}
