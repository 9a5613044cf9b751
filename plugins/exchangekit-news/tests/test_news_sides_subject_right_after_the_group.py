"""A word of sides opening the next clause, one word after a group, is that clause's subject.

"In May, Kyiv handed over 18 wounded Russians while each side freed 140 prisoners.": the
word between the group and "each side" ("while", "as", "when", "and") opens a clause of its
own, whose verb "each side" is the subject of. It says nothing of the 18, which one side
handed to the other: read as the 18's own, it would send 18 wounded back the other way, a
handover the text never tells. A word of sides right after the group ("95 each returned"),
or in the group's own phrase ("95 on each side were freed"), still shares it out per side.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    "text",
    [
        "In May, Kyiv handed over 18 wounded Russians while each side freed 140 prisoners.",
        "In May, Kyiv handed over 18 wounded Russians as both sides released 140 prisoners.",
        "In May, Kyiv handed over 18 wounded Russians when each side had freed 140 prisoners.",
        "In May, Kyiv handed over 18 wounded Russians and each side returned 140 prisoners.",
    ],
)
def test_one_way_group_stays_one_way(recap: Recap, text: str) -> None:
    """The 18 go to Russia only; the 140 go each way."""
    legs = recap(text)
    assert {(s, r) for _, s, r, _, c in legs if c == "18"} == {("UKR", "RUS")}
    assert {(s, r) for _, s, r, _, c in legs if c == "140"} == {("UKR", "RUS"), ("RUS", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "In May, Kyiv and Moscow swapped 95 prisoners each, who returned home.",
        "In May, 95 prisoners from each side returned home.",
        "In May, 95 prisoners on each side were freed.",
        "In May, Kyiv and Moscow handed over 95 wounded prisoners each.",
    ],
)
def test_the_groups_own_sides_word_still_shares_it(recap: Recap, text: str) -> None:
    """A word of sides right after the group, or in its phrase, sends it both ways."""
    legs = recap(text)
    assert {(s, r) for _, s, r, _, c in legs if c == "95"} == {("UKR", "RUS"), ("RUS", "UKR")}


@given(
    one=st.integers(min_value=2, max_value=90),
    each=st.integers(min_value=100, max_value=900),
    opener=st.sampled_from(["while", "as", "when", "and"]),
)
@settings(max_examples=20, deadline=None)
def test_any_figures(recap: Recap, one: int, each: int, opener: str) -> None:
    """Whatever the numbers and the opener, the one-way group is never mirrored."""
    text = f"In May, Kyiv handed over {one} wounded Russians {opener} each side freed {each} men."
    legs = recap(text)
    assert {(s, r) for _, s, r, _, c in legs if c == str(one)} == {("UKR", "RUS")}
