""" "One-for-one" before a swap noun that names no one swap is a kind of swap, not a count.

"Any one-for-one trade keeps the imbalance", "one-for-one swaps cannot narrow
it": the pair tells how swaps are shaped, and nobody is counted. A single swap told
as "a one-for-one swap" still moves one person each way.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import moves

_DAY = date(2025, 3, 13)


@pytest.mark.parametrize(
    "sentence",
    [
        "Since Russia has far more captives than Ukraine does, any one-for-one exchange"
        " simply preserves the difference.",
        "Negotiators say every one-for-one swap keeps the imbalance.",
        "Officials in Kyiv say one-for-one exchanges cannot close the gap.",
    ],
)
def test_news_one_for_one_of_no_one_swap_is_no_count(sentence: str) -> None:
    assert moves(sentence, _DAY) == set()


def test_news_a_single_one_for_one_swap_is_still_read() -> None:
    assert moves(
        "On Monday Ukraine and Russia carried out a one-for-one swap: a pilot was traded for"
        " a Russian officer.",
        _DAY,
    ) == {("UKR", "RUS", "prisoners_of_war", 1), ("RUS", "UKR", "prisoners_of_war", 1)}
