"""Bare counts of people coming and going each way of a swap are of no one kind.

"Forty came home to Ukraine and forty went back to Russia": the swap is told as people
moving themselves, one count each way, and a count with no noun of its own names no
kind of people, even in a story about prisoners of war; the other way's noun
("sixty soldiers came home") is said of its own side only. A lone homecoming keeps
the story's kind, and bodies coming and going stay bodies.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2025, 3, 13)
_LEAD = "Kyiv and Moscow traded prisoners of war on Saturday with Turkish help. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty came home to Ukraine and forty went back to Russia.",
        "Forty came back to Ukraine and forty went the other way.",
        "Forty came home to Ukraine, while forty went back to Russia.",
    ],
)
def test_news_bare_comers_both_ways_are_of_no_kind(sentence: str) -> None:
    assert moves(_LEAD + sentence, _DAY) == {
        ("RUS", "UKR", "other", 40),
        ("UKR", "RUS", "other", 40),
    }


def test_news_a_noun_on_one_way_is_its_own() -> None:
    """ "Sixty soldiers came home": the noun is of that side; the bare way back has none."""
    assert moves(
        _LEAD + "Sixty soldiers came home to Ukraine and sixty went the other way.", _DAY
    ) == {("RUS", "UKR", "prisoners_of_war", 60), ("UKR", "RUS", "other", 60)}


def test_news_a_lone_homecoming_keeps_the_story_kind() -> None:
    """One way only: nothing told both ways, the story's prisoners are the count's kind."""
    assert moves(_LEAD + "Sixty came home to Ukraine.", _DAY) == {
        ("RUS", "UKR", "prisoners_of_war", 60)
    }


def test_news_bodies_coming_and_going_stay_bodies() -> None:
    assert moves(
        "Kyiv and Moscow traded the bodies of fallen soldiers on Saturday. A thousand came"
        " home to Ukraine and forty went the other way.",
        _DAY,
    ) == {("RUS", "UKR", "remains", 1000), ("UKR", "RUS", "remains", 40)}


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=11, max_value=900),
    back=st.sampled_from(["went back to Russia", "went the other way", "went home to Russia"]),
)
def test_news_bare_comers_any_count(n: int, back: str) -> None:
    assert moves(f"{_LEAD}On Saturday, {n} came home to Ukraine and {n} {back}.", _DAY) == {
        ("RUS", "UKR", "other", n),
        ("UKR", "RUS", "other", n),
    }
