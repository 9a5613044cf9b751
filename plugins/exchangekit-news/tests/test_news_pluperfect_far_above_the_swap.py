"""A reported pluperfect far above the dated swap told before it is refused.

After "the two sides swapped 140 each on Wednesday", "Moscow said 4,480 Russians had been
returned" cannot be that swap's leg: no account of one handover is ten times another's.
The pluperfect may be a running total shifted back under the verb of saying or a count up
to some past moment; the prose does not say which, so no record is read. A figure near the
swap's size stays the receiver's rival account, a present perfect stays a running total,
and a figure with its own day stays that day's handover.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Russia and Ukraine swapped 140 prisoners each on Wednesday. "
            "The Kremlin said 4,480 Russians had been returned.",
            "4,480",
        ),
        (
            "On Monday 95 Ukrainian soldiers were freed in a swap. "
            "Kyiv's ombudsman said that 3,160 servicemen had come home.",
            "3,160",
        ),
        (
            "Ukraine handed 60 Russian prisoners to Moscow on 2 May. "
            "Russian officials said they had received 1,250 of their soldiers back.",
            "1,250",
        ),
    ],
)
def test_pluperfect_far_above_the_swap_is_neither_leg_nor_total(
    news: News, text: str, count: str
) -> None:
    """The figure is no handover of the swap and no total as of the telling: no record."""
    result = news(text)
    assert Count.parse(count) not in result.moved_counts()
    assert not result.tallies
    assert result.exchanges, "the swap itself is still read"


def test_pluperfect_of_the_swaps_order_stays_a_rival_account(news: News) -> None:
    """A figure near the swap's size is the receiving side's own account of it."""
    result = news(
        "Russia and Ukraine swapped 140 prisoners each on Wednesday. "
        "Zelensky wrote that 152 servicemen had come home."
    )
    assert Count.parse("152") in result.moved_counts()
    assert Count.parse("140") in result.moved_counts()


def test_present_perfect_far_above_stays_a_running_total(news: News) -> None:
    """The present perfect counts up to now: the receiver's running total, as before."""
    result = news(
        "Russia and Ukraine swapped 140 prisoners each on Wednesday. "
        "The Kremlin says 4,480 Russians have been returned."
    )
    assert result.tally_keys() == {("UKR", "RUS", Count.parse("4,480"))}


def test_pluperfect_with_a_day_of_its_own_stays_that_days_handover(news: News) -> None:
    """A day named in the sentence makes the figure that day's handover."""
    result = news(
        "Russia and Ukraine swapped 140 prisoners each on Wednesday. "
        "The Kremlin said 1,730 Russians had been returned on 14 April."
    )
    assert Count.parse("1,730") in result.moved_counts()


@given(n=st.integers(min_value=1400, max_value=60_000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=15, deadline=None)
def test_any_far_larger_reported_pluperfect_is_refused(news: News, n: int) -> None:
    """Whatever the count, ten times the swap or more is neither moved nor totalled."""
    result = news(
        f"Russia and Ukraine swapped 140 prisoners each on Wednesday. "
        f"The Kremlin said {n:,} Russians had been returned."
    )
    assert Count.parse(f"{n:,}") not in result.moved_counts()
    assert not result.tallies
