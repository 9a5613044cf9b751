"""A day that "brought", "saw" or "added" N on each side sizes that day's swap.

"18 October added 95 on each side": a day moves no one, so, as in "September 14
brought 103 for 103", the number after the verb is the size of the swap held that day,
shared out per side by the phrase after it. A plan ("will bring") and a count of the
dead ("saw 95 killed on each side") are not swaps.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

OPENING = "The year's prisoner swaps came in bursts. "


@pytest.mark.parametrize(
    "later",
    [
        "18 October added 95 on each side.",
        "October 18 brought 95 each way.",
        "18 October saw 95 in each direction, the ministry said.",
    ],
)
def test_the_day_sizes_its_swap(recap: Recap, later: str) -> None:
    """Both ways get the number, on the day that is the verb's subject."""
    legs = {(p, s, r, c) for p, s, r, _, c in recap(OPENING + later)}
    assert legs == {("2025-10-18", "RUS", "UKR", "95"), ("2025-10-18", "UKR", "RUS", "95")}


@pytest.mark.parametrize(
    "later",
    ["18 October will bring 95 on each side.", "18 October saw 95 killed on each side."],
)
def test_no_swap_done(recap: Recap, later: str) -> None:
    """A plan, or a toll, moves no one."""
    assert not recap(OPENING + later)


@given(n=st.integers(min_value=2, max_value=1700))
@settings(max_examples=10, deadline=None)
def test_any_count(recap: Recap, n: int) -> None:
    """Whatever the size, the day's swap moves it each way."""
    legs = recap(f"{OPENING}18 October added {n:,} on each side.")
    assert {(s, r, c) for _, s, r, _, c in legs} == {
        ("RUS", "UKR", f"{n:,}"),
        ("UKR", "RUS", f"{n:,}"),
    }
