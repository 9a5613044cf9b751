"""A stage of a swap "with N on each side" is that stage's size per side.

"The second round, on Tuesday, was larger, with 212 on each side": a stage, round
or phase of a swap told in stages stands for its handover as "the swap" does, so
the bare figure after "with" moves that many each way on the stage's day. A round
of something else ("the last round of talks ended with 12 on each side") is no
handover and moves no one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]

_BEFORE = "Kyiv and Moscow traded prisoners of war in three stages this week. "


@pytest.mark.parametrize(
    "text",
    [
        "The second round, on Tuesday, was larger, with 212 on each side.",
        "The second stage, on Tuesday, was the largest, with 212 on each side.",
        "The second phase, on Tuesday, was larger, with 212 on both sides.",
    ],
)
def test_news_stage_with_per_side_sizes_the_stage(recap: Recap, text: str) -> None:
    legs = recap(_BEFORE + text)
    assert {leg for leg in legs if leg[4] == "212"} == {
        ("2025-11-18", "RUS", "UKR", "prisoners_of_war", "212"),
        ("2025-11-18", "UKR", "RUS", "prisoners_of_war", "212"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The last round of talks, on Tuesday, ended with 12 on each side.",
        "The first phase of the offensive, on Tuesday, ended with 12 on each side.",
    ],
)
def test_news_round_of_something_else_moves_no_one(recap: Recap, text: str) -> None:
    assert not any(leg[4] == "12" for leg in recap(_BEFORE + text))


@settings(max_examples=15, deadline=None)
@given(
    size=st.integers(min_value=2, max_value=900),
    noun=st.sampled_from(["stage", "round", "phase"]),
)
def test_news_stage_with_per_side_any_size(recap: Recap, size: int, noun: str) -> None:
    legs = recap(f"{_BEFORE}The third {noun}, on Tuesday, was larger, with {size} on each side.")
    assert {(leg[1], leg[2], leg[4]) for leg in legs if leg[4] == str(size)} == {
        ("RUS", "UKR", str(size)),
        ("UKR", "RUS", str(size)),
    }
