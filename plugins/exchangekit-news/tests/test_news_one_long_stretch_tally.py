"""Remains told as coming back "in a single week" or "over the previous week" are a total.

No one handover lasts a week: "Russia returned 4,318 bodies in a single week", "the bodies
of 4,318 soldiers had come back over the past week" and "In one week in October, 4,318
bodies came back" sum that stretch's handovers, so each is a tally, not one transfer. A
bare "in a week" is a wait ("will be returned in a week"), a size "each week" sums
nothing, and "last week" only dates one handover.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said Russia returned 4,318 bodies to Ukraine in a single week.",
        "In one week in October, 4,318 bodies came back to Ukraine from Russia.",
        "Officials said the bodies of 4,318 soldiers had been returned to Ukraine over the "
        "previous week.",
        "The interior ministry said 4,318 bodies were repatriated to Ukraine during the past "
        "month.",
    ],
)
def test_news_one_long_stretch_sums_its_handovers(receipts: Callable[..., Any], text: str) -> None:
    moved, tallied = receipts(text)
    assert ("UKR", "remains", "4,318") in tallied
    assert ("UKR", "remains", "4,318") not in moved


@given(n=st.integers(min_value=1_001, max_value=9_999), stretch=st.sampled_from(["week", "month"]))
def test_news_a_single_stretch_is_never_one_handover(
    receipts: Callable[..., Any], n: int, stretch: str
) -> None:
    figure = f"{n:,}"
    moved, tallied = receipts(
        f"Kyiv said Russia handed over {figure} bodies to Ukraine in a single {stretch}."
    )
    assert ("UKR", "remains", figure) not in moved
    assert ("UKR", "remains", figure) in tallied


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said on Friday that Russia would return 1,000 bodies to Ukraine in a week.",
        "Kyiv said Russia returned 1,000 bodies to Ukraine each week.",
    ],
)
def test_news_a_wait_or_a_size_per_week_is_no_total(
    receipts: Callable[..., Any], text: str
) -> None:
    _, tallied = receipts(text)
    assert not tallied


def test_news_last_week_dates_one_handover(receipts: Callable[..., Any]) -> None:
    moved, tallied = receipts("Kyiv said Russia returned 1,000 bodies to Ukraine last week.")
    assert ("UKR", "remains", "1,000") in moved
    assert not tallied
