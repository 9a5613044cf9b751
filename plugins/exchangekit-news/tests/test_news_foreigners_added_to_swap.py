"""Foreigners added to a swap: "150 prisoners on each side, plus four foreign nationals".

People of neither side listed after a group the two sides swapped take neither of its
ways: the swap says where the sides' own people went, not where the foreigners went.
A group of a side's own people listed the same way still goes both ways.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2026, 3, 12)


def test_foreigners_after_each_side_go_neither_way() -> None:
    text = "The Gulf mediation freed 150 prisoners on each side, plus four foreign nationals."
    assert moves(text, _DAY) == {
        ("RUS", "UKR", "prisoners_of_war", 150),
        ("UKR", "RUS", "prisoners_of_war", 150),
    }


def test_foreigners_after_a_swap_each_go_neither_way() -> None:
    text = "Russia and Ukraine swapped 75 soldiers each, as well as three foreigners."
    assert moves(text, _DAY) == {
        ("RUS", "UKR", "prisoners_of_war", 75),
        ("UKR", "RUS", "prisoners_of_war", 75),
    }


@settings(max_examples=20, deadline=None)
@given(
    each=st.integers(min_value=20, max_value=900),
    foreigners=st.integers(min_value=2, max_value=15),
    noun=st.sampled_from(["foreigners", "foreign nationals", "foreign citizens"]),
)
def test_no_foreigner_figure_is_read_between_the_sides(
    each: int, foreigners: int, noun: str
) -> None:
    text = f"The exchange freed {each} prisoners on each side, plus {foreigners} {noun}."
    read = moves(text, _DAY)
    assert ("RUS", "UKR", "prisoners_of_war", each) in read
    assert not any(count == foreigners for *_, count in read if foreigners != each)
