"""'for its part' after people who came home: the side named is the other one.

"On 3 May, 60 prisoners came home; Moscow, for its part, got back 60 of its men":
the side before the aside took its turn, so the people who came home went to its
enemy. Before, with no side said for them, the homecoming was dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=400),
    st.sampled_from([("Russia", "UKR", "RUS"), ("Kyiv", "RUS", "UKR")]),
    st.sampled_from(["got back", "received"]),
    st.sampled_from(["; ", ", and "]),
)
def test_news_homecoming_goes_to_the_enemy_of_the_side_for_its_part(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
    count: int,
    side: tuple[str, str, str],
    verb: str,
    joint: str,
) -> None:
    name, home_from, home = side
    found = legs(
        f"On 3 May, {count} prisoners came home{joint}{name}, for its part, {verb}"
        f" {count} soldiers."
    )
    # the homecomers went to the other side than the one that "for its part" got its own
    assert str(found.get((home, home_from, "prisoners_of_war"))) == str(count)
    assert str(found.get((home_from, home, "prisoners_of_war"))) == str(count)


def test_news_for_its_part_past_an_aside_on_the_homecomers(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # the harder form: an aside on who came home, and a different count the other way
    found = legs(
        "On 14 July, 82 defenders came home, among them medics captured in 2022;"
        " Moscow, for its part, got back 79 servicemen, most of them conscripts."
    )
    assert str(found.get(("RUS", "UKR", "prisoners_of_war"))) == "82"
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == "79"


def test_news_for_its_part_without_a_receipt_says_no_side(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: the other side, for its part, only speaks; nothing says where home is
    found = legs("On 3 May, 60 prisoners came home; Moscow, for its part, denied any deal.")
    assert not found
