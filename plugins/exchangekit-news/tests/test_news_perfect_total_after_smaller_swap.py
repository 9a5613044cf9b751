"""A present perfect "has received N" with no event of its own, after a far smaller dated swap.

"The swap on 3 March freed 140 Ukrainians. Russia has received 3,900.": the perfect counts up
to the time of writing, and a figure an order of magnitude above the swap just told cannot be
one of its legs. It is a running total, never a handover on that swap's day. A sentence that
names its own exchange, or is followed by one naming it ("Monday's exchange"), keeps its leg.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

SWAP = "The swap on 3 March freed 140 Ukrainians. "


@pytest.mark.parametrize(
    ("later", "count"),
    [
        ("Russia has received 3,900.", "3,900"),
        ("For reference. Russia has received 3,900.", "3,900"),
        ("Moscow has received 2,750 of its servicemen, officials said.", "2,750"),
        ("The Kremlin has got back 4,120, its envoy told reporters.", "4,120"),
    ],
)
def test_perfect_far_above_the_swap_is_no_leg_of_it(recap: Recap, later: str, count: str) -> None:
    """The large perfect figure is not a handover on 3 March (a total, if anything)."""
    legs = recap(SWAP + later)
    assert not {leg for leg in legs if leg[4] == count}
    assert ("2025-03-03", "RUS", "UKR", "other", "140") in legs


@pytest.mark.parametrize(
    "later",
    [
        "Russia has received 150.",  # near the swap's size: its other leg
        "Russia has received 3,900 in the exchange.",  # names its event
        "For reference. Russia has received 3,900. The figure covers Monday's exchange.",
    ],
)
def test_near_misses_keep_their_leg(recap: Recap, later: str) -> None:
    """A figure of the swap's size, or one tied to a named exchange, stays a leg of that day."""
    legs = recap(SWAP + later)
    assert {(p, s, r) for p, s, r, _, c in legs if c in ("150", "3,900")} == {
        ("2025-03-03", "UKR", "RUS")
    }


def test_remains_go_back_unevenly(recap: Recap) -> None:
    """After a small handover of bodies, a large perfect may be its other way: kept a leg."""
    legs = recap("On 3 March Ukraine handed 43 bodies to Russia. Ukraine has received 909.")
    assert ("2025-03-03", "RUS", "UKR", "remains", "909") in legs


def test_read_as_a_running_total(news: Callable[..., Any]) -> None:
    """The bare perfect becomes the receiver's tally, as of the day of writing."""
    tallies = news(SWAP + "Russia has received 3,900.").tallies
    assert [(t.receiver.code, str(t.count)) for t in tallies] == [("RUS", "3,900")]


@given(n=st.integers(min_value=1400, max_value=60_000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=15, deadline=None)
def test_any_far_larger_count(recap: Recap, n: int) -> None:
    """Whatever the count, ten times the swap or more is never a leg on the swap's day."""
    legs = recap(f"{SWAP}Russia has received {n:,}.")
    assert not {leg for leg in legs if leg[0] == "2025-03-03" and leg[4] == f"{n:,}"}
