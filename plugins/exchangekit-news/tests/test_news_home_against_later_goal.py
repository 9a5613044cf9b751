"""A homecoming of no side, then a bare group sent to a side: home is the other side.

"On 3 June, 60 came home and 52 went to Russia": neither the first group's noun
nor a speaker says where home is, but the second group's goal does; the first
group left that side for the other one. A goal that is no side of the war ("and 52
went to Turkey") tells nothing of home, and nothing is read for the first group.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Moved = set[tuple[str, str, str]]
Split = Callable[[str], tuple[Moved, Moved]]

_BEFORE = "Russia and Ukraine traded captives again this summer. "


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a bare count coming and going is of no one kind, as the sets code it
        ("On 3 June, 60 came home and 52 went to Russia.", "other"),
        ("On 3 June, 60 soldiers came home, and 52 went to Russia.", "prisoners_of_war"),
    ],
)
def test_news_home_is_the_other_side_of_the_later_goal(
    receipts: Split, text: str, kind: str
) -> None:
    transfers, _ = receipts(_BEFORE + text)
    assert ("UKR", kind, "60") in transfers
    assert not any(side == "RUS" and count == "60" for side, _, count in transfers)


def test_news_goal_of_no_side_leaves_home_unread(receipts: Split) -> None:
    """ "... and 52 went to Turkey" names no side of the war: the 60 has no way."""
    transfers, _ = receipts(_BEFORE + "On 3 June, 60 came home and 52 went to Turkey.")
    assert not any(count == "60" for *_, count in transfers)


@settings(max_examples=15, deadline=None)
@given(
    home=st.integers(min_value=2, max_value=900),
    away=st.integers(min_value=2, max_value=900),
    goal=st.sampled_from([("Russia", "UKR"), ("Ukraine", "RUS")]),
)
def test_news_home_against_later_goal_any_figures(
    receipts: Split, home: int, away: int, goal: tuple[str, str]
) -> None:
    place, side = goal
    transfers, _ = receipts(f"{_BEFORE}On 3 June, {home} came home and {away} went to {place}.")
    assert (side, "other", str(home)) in transfers
