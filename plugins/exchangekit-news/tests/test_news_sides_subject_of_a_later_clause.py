"""A word of sides that is the subject of a later verb belongs to that verb's clause.

"In May, Kyiv handed over 18 wounded Russians on the day that each side freed 140
prisoners.": "each side" is who freed the 140; it says nothing of the 18, which one side
handed to the other. Reading it as the 18's own would send 18 wounded back the other way,
a handover the text never tells. The 140 still goes both ways. So too when one word
opening a clause ("while", "as", "when", "and") stands between the group and the word of
sides. A word of sides right after the group ("95 each"), or in its phrase ("95 on each
side were freed"), still shares it out per side.
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
        "In May, Kyiv handed over 18 wounded Russians on the day that each side freed 140"
        " prisoners.",
        "In May, Kyiv handed over 18 wounded Russians on the day when both sides released 140"
        " prisoners.",
        "In May, Kyiv handed over 18 wounded Russians at the same time as each side freed 140"
        " prisoners.",
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
    ("text", "size"),
    [
        ("In May, each side handed over 18 wounded prisoners on the day talks resumed.", "18"),
        ("In May, Kyiv and Moscow handed over 18 wounded prisoners each.", "18"),
        ("In May, 18 wounded prisoners were handed over by each side.", "18"),
        ("In May, Kyiv and Moscow swapped 95 prisoners each, who returned home.", "95"),
        ("In May, 95 prisoners from each side returned home.", "95"),
        ("In May, 95 prisoners on each side were freed.", "95"),
        ("In May, Kyiv and Moscow handed over 95 wounded prisoners each.", "95"),
    ],
)
def test_the_figures_own_sides_word_still_shares_it(recap: Recap, text: str, size: str) -> None:
    """A word of sides that is the figure's own subject or phrase still sends it both ways."""
    legs = recap(text)
    assert {(s, r) for _, s, r, _, c in legs if c == size} == {("UKR", "RUS"), ("RUS", "UKR")}


@given(
    one=st.integers(min_value=2, max_value=90),
    each=st.integers(min_value=100, max_value=900),
    opener=st.sampled_from(["on the day that", "while", "as", "when", "and"]),
)
@settings(max_examples=20, deadline=None)
def test_any_figures(recap: Recap, one: int, each: int, opener: str) -> None:
    """Whatever the numbers and the opener, the one-way group is never mirrored."""
    text = (
        f"In May, Kyiv handed over {one} wounded Russians {opener} each side freed"
        f" {each:,} prisoners."
    )
    legs = recap(text)
    assert {(s, r) for _, s, r, _, c in legs if c == str(one)} == {("UKR", "RUS")}
