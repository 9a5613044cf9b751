"""A side of a place is no side of the swap.

"Moscow handed back 62 soldiers from each side of the river" says where they were
held, not that each country sent 62; only "each side" of the sides, the war or the swap
shares the figure out both ways.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from exchangekit import Count

Legs = Callable[..., dict[tuple[str, str, str], Count]]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow handed back 62 Ukrainian soldiers from each side of the river on Friday.",
        # harder: "on both sides of" and a border, the figure before a noun of place
        "Russia freed 62 Ukrainian servicemen held on both sides of the border on Friday.",
        "Russia returned 62 Ukrainian soldiers captured on each side of the front on Friday.",
    ],
)
def test_a_side_of_a_place_is_one_way(legs: Legs, text: str) -> None:
    """Only the told direction is read: no leg into Russia is invented."""
    assert legs(text) == {("RUS", "UKR", "prisoners_of_war"): Count.parse("62")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine freed 62 soldiers from each side on Friday.",
        # harder: "each side of the conflict" names the sides themselves
        "Russia and Ukraine freed 62 soldiers from each side of the conflict on Friday.",
    ],
)
def test_near_miss_each_side_of_the_swap_is_both_ways(legs: Legs, text: str) -> None:
    """Near miss: a side of the war or of no place still shares the figure both ways."""
    assert legs(text) == {
        ("RUS", "UKR", "prisoners_of_war"): Count.parse("62"),
        ("UKR", "RUS", "prisoners_of_war"): Count.parse("62"),
    }
