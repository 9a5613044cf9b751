"""A bare "each" before a list of dates shares the figure out over the dates, not the sides.

"Kyiv got back about 800 bodies each in May, June and July": the figure is every month's
and one side receives it, so no leg is read the other way. "each" before one date
("70 each on July 9") still counts per side.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
MONTHS = ["March", "April", "May", "June", "July", "August"]


def legs(news: News, text: str) -> set[tuple[str, str, str]]:
    """Every leg read in ``text`` as (period, sender, receiver)."""
    return {
        (str(e.period), t.sender.code, t.receiver.code)
        for e in news(text, published=date(2025, 11, 20)).exchanges
        for t in e.transfers
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv got back about 800 bodies each in May, June and July.",
        "Ukraine received roughly 600 bodies each in April and in June.",
        "Russia handed over 500 bodies to Ukraine each in March, May and August.",
    ],
)
def test_each_before_listed_months_reads_no_leg_the_other_way(news: News, text: str) -> None:
    assert "UKR" not in {s for _, s, _ in legs(news, text)}, legs(news, text)


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.sampled_from(MONTHS), min_size=2, max_size=3, unique=True),
    st.integers(min_value=2_101, max_value=9_000),
)
def test_no_listed_month_is_read_both_ways(news: News, months: list[str], amount: int) -> None:
    listed = ", ".join(months[:-1]) + f" and {months[-1]}"
    text = f"Ukraine received {amount:,} bodies each in {listed}."
    assert all(receiver == "UKR" for _, _, receiver in legs(news, text))


def test_each_before_one_date_is_still_per_side(news: News) -> None:
    """Near miss: one date after "each" leaves the figure per side."""
    text = "Russia and Ukraine swapped 70 each on July 9 and 80 each on Aug. 14."
    assert legs(news, text) == {
        ("2025-07-09", "RUS", "UKR"),
        ("2025-07-09", "UKR", "RUS"),
        ("2025-08-14", "RUS", "UKR"),
        ("2025-08-14", "UKR", "RUS"),
    }


def test_a_list_of_sizes_each_keeps_one_size_a_date(news: News) -> None:
    """Near miss: a list of sizes before "each" pairs one size with each date, per side."""
    text = "In swaps of 60 and 75 prisoners each in March and April, Qatar helped both sides."
    sizes = sorted(
        t.count.best
        for e in news(text, published=date(2025, 11, 20)).exchanges
        for t in e.transfers
    )
    assert sizes == [60, 60, 75, 75]
