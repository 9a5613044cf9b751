"""Kyiv's official prose names Russia "the aggressor state" (or "the aggressor country").

"In return, the same number of Russian prisoners of war were handed over to the
aggressor state": the phrase is Russia, so the echo of the count told before goes to
Russia, as it does after "to Russia". Where no handover is told (a deportation, a
plan) the name moves no one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_500),
    name=st.sampled_from(["the aggressor state", "the aggressor country"]),
    people=st.sampled_from(["Russian prisoners of war", "Russian servicemen"]),
)
def test_news_same_number_handed_to_the_aggressor_goes_to_russia(
    recap: Recap, n: int, name: str, people: str
) -> None:
    legs = recap(
        f"On Tuesday {n:,} Ukrainian soldiers came home from captivity. In return, the"
        f" same number of {people} were handed over to {name}."
    )
    got = {(s, r, k, c) for _, s, r, k, c in legs}
    count = f"{n:,}"
    assert got == {
        ("RUS", "UKR", "prisoners_of_war", count),
        ("UKR", "RUS", "prisoners_of_war", count),
    }


def test_news_bodies_handed_to_the_aggressor_state(recap: Recap) -> None:
    legs = recap("On Tuesday Kyiv handed over 41 bodies to the aggressor state.")
    assert {(s, r, k, c) for _, s, r, k, c in legs} == {("UKR", "RUS", "remains", "41")}


@pytest.mark.parametrize(
    "text",
    [
        "The aggressor state has deported more than 19,000 children, the ombudsman said.",
        "Kyiv said on Tuesday it will hand over 300 prisoners to the aggressor state next week.",
    ],
)
def test_news_aggressor_state_without_a_handover_moves_no_one(recap: Recap, text: str) -> None:
    assert recap(text) == set()
