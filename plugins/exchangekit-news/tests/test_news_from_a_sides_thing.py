"""People "from a Ukrainian ship": the side's adjective describes a thing, not a sender.

"from" with "a" or "an" before a side's adjective names the thing the people came
from ("sailors from a Ukrainian trawler"), so the side is the owner of that thing,
never the side that handed them over. A place where captives are held keeps its
sense: "from a Russian prison" still names the side that held them.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=60),
    thing=st.sampled_from(["fishing boat", "cargo ship", "trawler", "rescue vessel"]),
    article=st.sampled_from(["a", "an unarmed"]),
)
def test_a_sides_thing_after_from_sends_no_one(n: int, thing: str, article: str) -> None:
    """Whatever the count or the thing, the people go home from the side that holds them."""
    text = (
        f"On May 3 Russia handed back {n} civilian crew members from {article} Ukrainian {thing}."
    )
    assert moves(text) == {("RUS", "UKR", "civilians", n)}


def test_a_prison_after_from_still_names_the_holder() -> None:
    """Near miss: "from a Russian prison" is where they were held, so Russia sent them."""
    text = "On May 3 Kyiv received 14 civilians released from a Russian prison."
    assert ("RUS", "UKR", "civilians", 14) in moves(text)


def test_the_side_after_from_still_sends() -> None:
    """Near miss: "from Russia" with no article names the side they came from."""
    text = "On May 3, 14 Ukrainian civilians were brought back from Russia."
    assert ("RUS", "UKR", "civilians", 14) in moves(text)
