"""A sentence opening "In addition," adds its people to the homecoming told before.

"In addition, 12 wounded soldiers were freed" says what "12 wounded soldiers were
also freed" says: more people, who went the way of the group told before them. Only
the opener straight before the people counts; "In addition to the 12, ..." and an
opener before something else add no one.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(min_value=100, max_value=400),
    more=st.integers(min_value=2, max_value=60),
    opener=st.sampled_from(["In addition,", "In addition", "Additionally,"]),
)
def test_the_opener_adds_wounded_to_the_homecoming(first: int, more: int, opener: str) -> None:
    """Whatever the counts, the added wounded went home the way the first group did."""
    text = (
        f"On March 9 Ukraine brought home {first} soldiers, its ombudsman said. "
        f"{opener} {more} badly wounded soldiers were released."
    )
    assert ("RUS", "UKR", "wounded_prisoners", more) in moves(text)


def test_no_homecoming_before_adds_no_one() -> None:
    """Near miss: with nothing told before, the opener gives the people no way."""
    text = "In addition, 14 wounded soldiers were released, a monitor said."
    assert not any(n == 14 for *_, n in moves(text))


def test_bodies_after_the_opener_are_a_part_not_more() -> None:
    """Near miss: bodies "in addition" after a breakdown are its last part, not more."""
    text = (
        "On March 9 Ukraine received 300 bodies, the ministry said. Of them, 200 came from "
        "the east and 70 from the south. In addition, 30 bodies were transferred from "
        "morgues in Russia."
    )
    assert not any(n == 30 for *_, n in moves(text))
