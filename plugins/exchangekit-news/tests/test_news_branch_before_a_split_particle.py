"""A service branch in the object of "got ... back" does not push "back" out of reach.

"Kyiv got 64 Ukrainian army prisoners of war back": the verb of getting and its particle
frame the counted group, and the branch ("army", "navy", "armed forces") only makes the
noun longer. Other words in between still count against the reach, and a branch with no
people after it ("got 30 army lorries back") names no group.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2025, 10, 20)
_OPENING = "Moscow said on Sunday that 82 Russian soldiers had returned from captivity. "


@pytest.mark.parametrize(
    "branch", ["army", "navy", "armed forces", "national guard", "naval infantry"]
)
def test_news_branch_in_a_split_object_is_read(branch: str) -> None:
    text = _OPENING + f"Ukraine, in turn, got 77 Ukrainian {branch} prisoners of war back."
    assert ("RUS", "UKR", "prisoners_of_war", 77) in moves(text, _DAY)


def test_news_branch_before_things_gets_no_people_back() -> None:
    """Near miss: lorries got back are no transfer, whatever the branch before them."""
    text = _OPENING + "The unit got 30 Ukrainian army lorries back after repairs."
    assert not any(count == 30 for *_, count in moves(text, _DAY))


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=5, max_value=600),
    branch=st.sampled_from(["army", "navy", "armed forces", "air force", "marine corps"]),
)
def test_news_split_particle_after_any_branch(n: int, branch: str) -> None:
    """Whatever the figure and the branch, the group got back is read once, for Ukraine."""
    text = _OPENING + f"Kyiv got {n} Ukrainian {branch} servicemen back the same day."
    got = [m for m in moves(text, _DAY) if m[-1] == n]
    assert got == [("RUS", "UKR", "prisoners_of_war", n)]
