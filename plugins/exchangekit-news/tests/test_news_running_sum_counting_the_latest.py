"""A sum said to take the latest exchange into account is a running total, not a swap.

"Taking into account today's exchange, 4,120 Ukrainians have been returned
home": the figure counts every exchange so far with the one just told, as
"together with today's exchange" does, so it is a tally and never a transfer
of that day. A plain figure for the day with no such phrase stays a transfer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

_COUNTING = (
    "Taking into account today's exchange, {n} Ukrainians have been returned home, Kyiv said.",
    "Counting this swap, {n} Ukrainians have come back from captivity, the ministry said.",
    "Taking into account the latest handover, {n} Ukrainians have been freed, Kyiv said.",
)


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2_200, max_value=9_000),
    template=st.sampled_from(_COUNTING),
)
def test_news_a_sum_counting_the_latest_exchange_is_a_running_total(
    receipts: Callable[..., Any], n: int, template: str
) -> None:
    assert receipts(template.format(n=f"{n:,}")) == (set(), {("UKR", "other", f"{n:,}")})


@pytest.mark.parametrize(
    "text",
    [
        "Today 175 Ukrainians have been returned home from captivity, Kyiv said.",
        "In today's exchange, 175 Ukrainians have come back from captivity, the ministry said.",
    ],
)
def test_news_a_day_figure_with_no_counting_phrase_stays_a_transfer(
    receipts: Callable[..., Any], text: str
) -> None:
    moved, tallied = receipts(text)
    assert tallied == set()
    assert moved
