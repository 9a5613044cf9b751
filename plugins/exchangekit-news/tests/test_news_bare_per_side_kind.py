"""A bare figure per side in a story of prisoners counts prisoners of war.

"120 went each way" or "each side freed 64" names no people. By convention 3 of
the newest coding brief, a figure with no noun at all in a prisoner-swap story is
of prisoners of war, whether the swap's own noun, another clause or an earlier
sentence names the prisoners. A swap whose story names no people, or a sentence
that also names civilians, people of no kind or a nationality alone, leaves it of
no one kind, and in a story of bodies it counts bodies.
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
        # prisoners named, but not as the exchange's noun: still a story of prisoners
        "The sides last traded prisoners on 14 March, when each side freed 120.",
        "A quiet winter for prisoners ended on 14 March, when 120 went each way.",
        "In April 246 prisoners were swapped, and on 14 March 120 went each way.",
    ],
)
def test_news_a_bare_figure_per_side_in_a_prisoner_swap_counts_prisoners(
    legs_of: Legs, text: str, ways: Ways
) -> None:
    assert ways(legs_of(text), 120) == {("UKR", "RUS", _POW), ("RUS", "UKR", _POW)}


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
def test_news_a_bare_figure_each_way_takes_the_prisoners_its_sentence_names(
    legs_of: Legs, n: int, noun: str
) -> None:
    legs = legs_of(f"In a {noun} on 14 March, {n:,} went each way.")
    assert legs == {
        ("UKR", "RUS", _POW): [Count.exact(n)],
        ("RUS", "UKR", _POW): [Count.exact(n)],
    }


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
    n=_COUNTS,
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
