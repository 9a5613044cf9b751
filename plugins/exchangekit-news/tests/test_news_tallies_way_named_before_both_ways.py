"""A total after a handover told both ways is of the people named going to one side.

"The tally of soldiers returned to Ukraine has grown again: a swap on Friday, in which
300 were freed on each side, took the total past 5,400": the swap went both ways, but
the total counts the people "returned to" Ukraine named before it, never Russia's. With
no side named, a total told after a two-way handover keeps its own rules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_OTHER = {"UKR": "RUS", "RUS": "UKR"}
_NAMES = {"UKR": "Ukraine", "RUS": "Russia"}


@settings(max_examples=20, deadline=None)
@given(
    side=st.sampled_from(sorted(_NAMES)),
    verb=st.sampled_from(["returned", "repatriated", "released"]),
    size=st.integers(min_value=50, max_value=500),
    total=st.integers(min_value=2_000, max_value=9_000),
)
def test_news_total_after_a_two_way_swap_is_of_the_side_named(
    news: News, side: str, verb: str, size: int, total: int
) -> None:
    """Whichever side is named and whatever the figures, the total is that side's."""
    text = (
        f"The tally of soldiers {verb} to {_NAMES[side]} has grown again: a swap on "
        f"Friday, in which {size} were freed on each side, took the total past {total:,}."
    )
    ways = {(t.sender.code, t.receiver.code) for t in news(text).tallies}
    assert ways == {(_OTHER[side], side)}
