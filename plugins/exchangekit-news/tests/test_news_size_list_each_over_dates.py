"""A list of sizes with "each" before listed dates pairs them one to one, or not at all.

"Russia and Ukraine swapped 40 and 55 prisoners each in May and June": one size a
side per month, in order. A one-way verb keeps its one way ("Kyiv got back 40
and 55 bodies each in May and June" sends nothing to Russia), and sizes that
do not match the number of dates ("40 and 55 ... in May, June and July") pair
with none, so neither is read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Moved = set[tuple[str, str, str]]
Split = Callable[[str], tuple[Moved, Moved]]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv got back 40 and 55 bodies each in May and June.",
        "Ukraine received 40 and 55 bodies each on 4 and 11 June.",
        "Ukraine recovered 40 and 55 bodies each in May and June, officials said.",
    ],
)
def test_news_one_way_size_list_stays_one_way(receipts: Split, text: str) -> None:
    transfers, _ = receipts(text)
    assert transfers == {("UKR", "remains", "40"), ("UKR", "remains", "55")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine swapped 40 and 55 prisoners each in May, June and July.",
        "Kyiv got back 40 and 55 bodies each in May, June and July.",
        "The sides exchanged 40, 55 and 70 prisoners each in May and June.",
    ],
)
def test_news_size_list_over_other_count_of_dates_is_unread(receipts: Split, text: str) -> None:
    transfers, _ = receipts(text)
    assert not transfers


def test_news_swap_size_list_over_as_many_dates_is_per_side(receipts: Split) -> None:
    """The near-miss: a swap of two sizes over two dates is still read per side."""
    transfers, _ = receipts("Russia and Ukraine swapped 40 and 55 prisoners each on 4 and 11 June.")
    assert transfers == {
        ("UKR", "prisoners_of_war", "40"),
        ("RUS", "prisoners_of_war", "40"),
        ("UKR", "prisoners_of_war", "55"),
        ("RUS", "prisoners_of_war", "55"),
    }


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(min_value=2, max_value=900),
    second=st.integers(min_value=2_101, max_value=9_000),
)
def test_news_one_way_size_list_any_sizes(receipts: Split, first: int, second: int) -> None:
    transfers, _ = receipts(f"Kyiv got back {first:,} and {second:,} bodies each in May and June.")
    assert transfers == {("UKR", "remains", f"{first:,}"), ("UKR", "remains", f"{second:,}")}
