"""A word of sides that is the subject of a later verb belongs to that verb's clause.

"In May, Kyiv handed over 18 wounded Russians on the day that each side freed 140
prisoners.": "each side" is who freed the 140; it says nothing of the 18, which one side
handed to the other. Reading it as the 18's own would send 18 wounded back the other way,
a handover the text never tells. The 140 still goes both ways.
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
        "In May, each side handed over 18 wounded prisoners on the day talks resumed.",
        "In May, Kyiv and Moscow handed over 18 wounded prisoners each.",
        "In May, 18 wounded prisoners were handed over by each side.",
    ],
)
def test_the_figures_own_sides_word_still_shares_it(recap: Recap, text: str) -> None:
    """A word of sides that is the figure's own subject or phrase still sends it both ways."""
    legs = recap(text)
    assert {(s, r) for _, s, r, _, c in legs if c == "18"} == {("UKR", "RUS"), ("RUS", "UKR")}


@given(
    one=st.integers(min_value=2, max_value=90),
    each=st.integers(min_value=100, max_value=900),
)
@settings(max_examples=15, deadline=None)
def test_any_figures(recap: Recap, one: int, each: int) -> None:
    """Whatever the numbers, the one-way group is never mirrored."""
    text = (
        f"In May, Kyiv handed over {one} wounded Russians on the day that each side freed"
        f" {each:,} prisoners."
    )
    legs = recap(text)
    assert {(s, r) for _, s, r, _, c in legs if c == str(one)} == {("UKR", "RUS")}
