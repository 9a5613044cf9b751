""" "One-for-one" before swaps in the plural, or a basis, sets terms and counts no one.

"Kyiv accuses Moscow of demanding one-for-one exchanges" and "swaps on a one-for-one
basis" say how people are traded, one for one; no person moved, and no running total
of one each way is stated. A single "one-for-one swap" may be the exchange of one
person each way and is left to the other rules; so is a pair of numbers in digits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2024, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv accuses Moscow of demanding one-for-one exchanges while it holds far more captives.",
        "Officials said the swaps would continue on a one-for-one basis.",
        "Russia still insists on one for one swaps, a Ukrainian negotiator said.",
    ],
)
def test_news_one_for_one_terms_count_no_one(news: News, text: str) -> None:
    read = news(text, published=_DAY)
    assert not read.exchanges
    assert not read.tallies


def test_news_a_dated_pair_in_digits_is_still_a_swap(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """Near miss: a swap's pair in digits sizes the swap, whatever terms follow."""
    text = "On Monday the two sides swapped 64 for 64 prisoners of war on a one-for-one basis."
    assert transfer_tuples(news(text, published=_DAY)) == {
        ("RUS", "UKR", "prisoners_of_war", Count.exact(64)),
        ("UKR", "RUS", "prisoners_of_war", Count.exact(64)),
    }
