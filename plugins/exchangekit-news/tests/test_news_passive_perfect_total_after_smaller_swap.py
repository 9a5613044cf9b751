"""A figure that "has/have been returned" with no event of its own, after a far smaller swap.

"The swap on 3 March freed 140 Ukrainians. Moscow said 3,900 Russians have been returned.":
the present perfect counts up to the time of writing, whether the people are its object
("Russia has received 3,900") or its subject in the passive. A figure an order of magnitude
above the swap just told cannot be one of its legs: it is the receiver's running total. A
figure of the swap's size, or one tied to a named exchange, stays a leg of that swap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

SWAP = "The swap on 3 March freed 140 Ukrainians. "


@pytest.mark.parametrize(
    ("later", "count"),
    [
        ("Moscow said 3,900 Russians have been returned.", "3,900"),
        ("Moscow says 2,640 of its servicemen have been brought back.", "2,640"),
        ("According to the Kremlin, 5,210 Russian soldiers have been freed.", "5,210"),
        ("Russia says 6,020 Russian prisoners have been handed back to it.", "6,020"),
    ],
)
def test_passive_perfect_far_above_the_swap_is_no_leg(recap: Recap, later: str, count: str) -> None:
    """The large passive perfect is no handover on 3 March; the swap keeps its own leg."""
    legs = recap(SWAP + later)
    assert not {leg for leg in legs if leg[4] == count}
    assert ("2025-03-03", "RUS", "UKR", "other", "140") in legs


def test_read_as_the_receivers_running_total(news: Callable[..., Any]) -> None:
    """The passive perfect becomes Russia's tally, counted up to the day of writing."""
    result = news(SWAP + "Moscow said 3,900 Russians have been returned.")
    assert result.tally_keys() == {("UKR", "RUS", Count.parse("3,900"))}
    assert Count.parse("3,900") not in result.moved_counts()


@pytest.mark.parametrize(
    "later",
    [
        "Moscow said 150 Russians have been returned.",  # the swap's size: its other leg
        "Moscow said 3,900 Russians have been returned in the exchange.",  # names its event
    ],
)
def test_near_misses_keep_their_leg(recap: Recap, later: str) -> None:
    """A figure near the swap's size, or one tied to the exchange, stays a leg of 3 March."""
    legs = recap(SWAP + later)
    assert {(p, s, r) for p, s, r, _, c in legs if c in ("150", "3,900")} == {
        ("2025-03-03", "UKR", "RUS")
    }


@given(n=st.integers(min_value=1400, max_value=60_000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=15, deadline=None)
def test_any_far_larger_passive_count(news: Callable[..., Any], n: int) -> None:
    """Whatever the count, ten times the swap or more is never moved on the swap's day."""
    result = news(f"{SWAP}Moscow said {n:,} Russians have been returned.")
    assert Count.parse(f"{n:,}") not in result.moved_counts()


def test_figure_of_a_handover_told_before_stays_that_handover(news: Callable[..., Any]) -> None:
    """A live blog's later entry repeats the day's figure after recalling a small old swap."""
    text = (
        "Kyiv says 415 Ukrainians are home.\n\n"
        "In the last swap, on 9 June, 31 Ukrainians came home.\n\n"
        "The president says 415 Ukrainians have been returned from Russian captivity."
    )
    result = news(text)
    assert not result.tallies
    assert Count.parse("415") in result.moved_counts()
