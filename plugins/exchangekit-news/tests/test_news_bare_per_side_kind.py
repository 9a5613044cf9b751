"""A bare figure per side in a story of prisoners counts prisoners of war.

"120 went each way" or "each side freed 64" names no people. By convention 3 of
the newest coding brief, a figure with no noun at all in a prisoner-swap story is
of prisoners of war, whether the swap's own noun, another clause or an earlier
sentence names the prisoners. A swap whose story names no people, or a sentence
that also names civilians, people of no kind or a nationality alone, leaves it of
no one kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
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
