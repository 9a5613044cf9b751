"""A bare figure per side names no people: moved, it is of no one kind.

"120 went each way", "each side freed 64" or "both sides freed 95" counts people
with no noun of their own, so by the coding conventions they are of no one kind,
even in a story of prisoners. A figure that sizes a swap told before it ("the swap
before it was 60 each way", "was 60 for 60") is the swap's size and keeps the
kind of the story's prisoners; in a story of bodies a bare figure counts bodies.
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
        "On 14 March, in a prisoner swap brokered by Qatar, 120 went each way.",
        "Each side freed 120 in an exchange of prisoners of war on 14 March.",
        "In the POW swap of 14 March, both sides freed 120.",
        "In a swap of prisoners on 14 March, 120 were exchanged in each direction.",
        # prisoners named, but not as the count's noun
        "The sides last traded prisoners on 14 March, when each side freed 120.",
        "A quiet winter for prisoners ended on 14 March, when 120 went each way.",
        "In April 246 prisoners were swapped, and on 14 March 120 went each way.",
    ],
)
def test_news_a_bare_figure_moved_per_side_is_of_no_one_kind_in_a_prisoner_swap(
    legs_of: Legs, text: str, ways: Ways
) -> None:
    assert ways(legs_of(text), 120) == {("UKR", "RUS", _OTHER), ("RUS", "UKR", _OTHER)}


@pytest.mark.parametrize(
    "text",
    [
        # the swap's own words name no kind
        "On 14 March, in a swap brokered by Qatar, 120 went each way.",
        # civilians among them
        "In a prisoner swap on 14 March, 120 went each way, among them civilians held since 2014.",
        # a mix named
        "In an exchange of soldiers and civilians on 14 March, 120 went each way.",
        # civilians named as a part
        "On 14 March 120 went each way in a prisoner swap, among them 20 civilians.",
        # people of no kind, or a nationality alone
        "In a prisoner swap on 14 March, each side freed 120, the ombudsman's people said.",
        "In a prisoner swap on 14 March, 120 went each way, Ukrainians and Russians alike.",
    ],
)
def test_news_a_bare_figure_per_side_stays_of_no_one_kind_outside_a_story_of_prisoners_only(
    legs_of: Legs, text: str, ways: Ways
) -> None:
    assert ways(legs_of(text), 120) == {("UKR", "RUS", _OTHER), ("RUS", "UKR", _OTHER)}


_COUNTS = st.integers(min_value=2, max_value=20_000).filter(lambda n: not 1800 <= n <= 2100)


@given(n=_COUNTS, noun=st.sampled_from(["prisoner swap", "POW exchange", "swap of prisoners"]))
def test_news_a_bare_figure_each_way_does_not_take_the_noun_of_its_swap(
    legs_of: Legs, n: int, noun: str
) -> None:
    legs = legs_of(f"In a {noun} on 14 March, {n:,} went each way.")
    assert legs == {
        ("UKR", "RUS", _OTHER): [Count.exact(n)],
        ("RUS", "UKR", _OTHER): [Count.exact(n)],
    }


@pytest.mark.parametrize(
    "text",
    [
        # the prisoners are named in the sentence before
        "Ukraine and Russia swapped prisoners of war again on Friday. The swap before it, "
        "on 2 September, was 60 each way.",
        "Ukraine and Russia swapped prisoners of war again on Friday. The swap before it, "
        "on 2 September, was 60 for 60.",
    ],
)
def test_news_a_bare_size_of_a_swap_in_a_story_of_prisoners_counts_prisoners(
    legs_of: Legs, text: str, ways: Ways
) -> None:
    assert ways(legs_of(text), 60) == {("UKR", "RUS", _POW), ("RUS", "UKR", _POW)}


@pytest.mark.parametrize(
    "text",
    [
        # moved with no noun of their own, whatever the story's noun
        "Prisoners of war came home on Friday. On 2 September each side released 60.",
        "Kyiv and Moscow last traded prisoners on 2 September, when 60 went each way.",
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
    n=_COUNTS,
    frame=st.sampled_from(
        [
            "On 2 September, {n} went each way.",
            "On 2 September, {n} were exchanged in each direction.",
            "On 2 September each side released {n}.",
        ]
    ),
)
def test_news_a_bare_figure_moved_after_a_prisoner_swap_is_of_no_one_kind_whatever_its_size(
    legs_of: Legs, n: int, frame: str
) -> None:
    text = "The sides swapped prisoners of war on Friday. " + frame.format(n=f"{n:,}")
    assert legs_of(text) == {
        ("UKR", "RUS", _OTHER): [Count.exact(n)],
        ("RUS", "UKR", _OTHER): [Count.exact(n)],
    }


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=_COUNTS)
def test_news_a_swap_sized_per_side_after_a_prisoner_swap_is_of_prisoners_whatever_its_size(
    legs_of: Legs, n: int
) -> None:
    text = (
        "The sides swapped prisoners of war on Friday. "
        f"The swap before it, on 2 September, was {n:,} each way."
    )
    assert legs_of(text) == {
        ("UKR", "RUS", _POW): [Count.exact(n)],
        ("RUS", "UKR", _POW): [Count.exact(n)],
    }
