"""People of both sides named together ("Ukrainian and Russian soldiers") decide no direction.

A nationality beside the people usually says whose they are, and so where a handover
took them. When two sides' names share the people, the group is of both sides: the
verb's own subject or "to" must say where they went, or nothing is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Legs = Callable[..., dict[tuple[str, str, str], Count]]


@pytest.mark.parametrize(
    "pair", ["Ukrainian and Russian", "Russian and Ukrainian", "Russian or Ukrainian"]
)
def test_news_a_receiver_keeps_bodies_said_to_be_of_both_sides(legs: Legs, pair: str) -> None:
    # Regression: the last name of the pair sent the bodies to its side, against the
    # verb ("Ukraine received ..." read as Ukraine handing them to Russia).
    text = (
        "Kyiv, June 20 - Ukraine received 4,310 bodies this week, which Moscow said were "
        f"those of {pair} servicemen."
    )
    assert legs(text) == {("RUS", "UKR", "remains"): Count.exact(4310)}


def test_news_a_group_of_both_sides_with_no_direction_is_no_handover(news: News) -> None:
    text = "The remains of 640 Ukrainian and Russian soldiers were exchanged on Tuesday."
    assert news(text).exchanges == []


def test_news_one_sides_nationals_still_say_where_they_went(legs: Legs) -> None:
    # near-miss: one side's people alone keep deciding the direction
    text = (
        "Russia handed over 4,310 bodies, which Kyiv said were those of Ukrainian "
        "servicemen, and Ukraine returned 52 Russian ones."
    )
    assert legs(text) == {
        ("RUS", "UKR", "remains"): Count.exact(4310),
        ("UKR", "RUS", "remains"): Count.exact(52),
    }


@given(
    count=st.integers(2, 9000),
    first=st.sampled_from(["Ukrainian", "Russian"]),
    verb=st.sampled_from(["received", "took back", "got back"]),
)
def test_news_the_receiving_subject_always_wins_over_a_mixed_group(
    legs: Legs, count: int, first: str, verb: str
) -> None:
    second = "Russian" if first == "Ukrainian" else "Ukrainian"
    text = (
        f"Ukraine {verb} {count:,} bodies, which officials said were those of {first} and "
        f"{second} soldiers."
    )
    assert legs(text) == {("RUS", "UKR", "remains"): Count.exact(count)}
