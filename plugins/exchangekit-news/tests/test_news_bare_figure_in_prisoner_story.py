"""A figure with no noun in a story of prisoner swaps counts prisoners of war.

Convention 3 of the newest coding brief: "a bare 'N for N' in a swap story" is of
prisoners of war, also when it is given per side ("60 went each way", "each side
released 60") and the prisoners are named in another clause or an earlier sentence.
A nationality noun keeps its mixed reading ("103 Ukrainians for 103 Russians"), and
a sentence alone that names no people, or a story of bodies or of civilians, leaves
the figure of no one kind or of the kind the story names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

Legs = Callable[..., Any]
Ways = Callable[[Any, int], Any]

_POW = PersonCategory.PRISONERS_OF_WAR
_OTHER = PersonCategory.OTHER


@pytest.mark.parametrize(
    "text",
    [
        # the prisoners are named in the sentence before
        "Ukraine and Russia swapped prisoners of war again on Friday. The swap before it, "
        "on 2 September, was 60 each way.",
        "Ukraine and Russia swapped prisoners of war again on Friday. The swap before it, "
        "on 2 September, was 60 for 60.",
        "Prisoners of war came home on Friday. On 2 September each side released 60.",
        # the prisoners are named in another clause of the figure's sentence
        "Kyiv and Moscow last traded prisoners on 2 September, when 60 went each way.",
    ],
)
def test_news_a_bare_figure_in_a_story_of_prisoners_counts_prisoners(
    legs_of: Legs, text: str, ways: Ways
) -> None:
    assert ways(legs_of(text), 60) == {("UKR", "RUS", _POW), ("RUS", "UKR", _POW)}


@pytest.mark.parametrize(
    "text",
    [
        # a sentence alone, naming no people: no story to take a kind from
        "The record before it, on Sept. 2, was 60 for 60, the ministry said.",
        "The record before it, on Sept. 2, was 60 each way, the ministry said.",
        "On 2 September, in a swap brokered by Qatar, 60 went each way.",
        # civilians among them
        "Ukraine and Russia swapped prisoners of war on Friday. On 2 September, 60 went "
        "each way, among them civilians.",
    ],
)
def test_news_a_bare_figure_outside_a_story_of_prisoners_only_stays_of_no_one_kind(
    legs_of: Legs, text: str, ways: Ways
) -> None:
    assert ways(legs_of(text), 60) == {("UKR", "RUS", _OTHER), ("RUS", "UKR", _OTHER)}


def test_news_a_nationality_noun_in_a_prisoner_story_stays_of_no_one_kind(
    legs_of: Legs, ways: Ways
) -> None:
    text = (
        "Ukraine and Russia swapped prisoners of war on Friday. On 2 September, "
        "103 Ukrainians were swapped for 103 Russians."
    )
    assert ways(legs_of(text), 103) == {("UKR", "RUS", _OTHER), ("RUS", "UKR", _OTHER)}


def test_news_a_bare_figure_in_a_story_of_bodies_stays_remains(legs_of: Legs, ways: Ways) -> None:
    text = (
        "Ukraine received the bodies of 500 soldiers on Friday. On 2 September, 60 went each way."
    )
    assert {kind for _, _, kind in ways(legs_of(text), 60)} == {PersonCategory.REMAINS}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=2, max_value=20_000).filter(lambda n: not 1800 <= n <= 2100),
    frame=st.sampled_from(
        [
            "The swap before it, on 2 September, was {n} each way.",
            "On 2 September, {n} went each way.",
            "On 2 September, {n} were exchanged in each direction.",
            "On 2 September each side released {n}.",
        ]
    ),
)
def test_news_a_bare_figure_after_a_prisoner_swap_is_of_prisoners_whatever_its_size(
    legs_of: Legs, n: int, frame: str
) -> None:
    text = "The sides swapped prisoners of war on Friday. " + frame.format(n=f"{n:,}")
    assert legs_of(text) == {
        ("UKR", "RUS", _POW): [Count.exact(n)],
        ("RUS", "UKR", _POW): [Count.exact(n)],
    }
