"""A difference between two counts is no group of people handed over.

"Kyiv said 189 had come home - a gap of 35 people in one direction": the figure after
"a gap of" (difference, discrepancy, mismatch) measures how far two accounts lie apart;
it moves no one, in either direction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["gap", "difference", "discrepancy", "mismatch"]))
def test_news_gap_of_people_is_not_moved(legs_of: Callable[..., Any], noun: str) -> None:
    found = legs_of(
        f"Kyiv's headquarters said 172 Ukrainians had returned - a {noun} of 35 people"
        " in one direction, for what both sides called one exchange."
    )
    assert all(str(c) != "35" for counts in found.values() for c in counts)
    assert any(str(c) == "172" for counts in found.values() for c in counts)


def test_news_gap_set_off_by_a_dash(legs_of: Callable[..., Any]) -> None:
    # the harder form: a dash, a longer tail, the people named as prisoners
    found = legs_of(
        "The ministry in Moscow said 140 of its soldiers had come home, while Kyiv said"
        " 163 Ukrainians were freed - a discrepancy of 23 prisoners in one direction"
        " for what both sides called one exchange."
    )
    assert all(str(c) != "23" for counts in found.values() for c in counts)


def test_news_count_after_of_a_group_is_read(legs_of: Callable[..., Any]) -> None:
    # near miss: "a group of 35 people" is people, and is read
    found = legs_of("Kyiv said on Tuesday that a group of 35 people had returned from captivity.")
    assert any(str(c) == "35" for counts in found.values() for c in counts)
