"""Swaps listed by their sizes and dated by a month: "the swaps of 75, 90 and 95 per side in June".

A plural of exchanges followed by "of" and a list of sizes said to count per side,
dated by a month, is one exchange each way per size in that month; ", and of 48 per
side in October" carries the list on to another month. "Captives" are of no one kind,
even freed by a go-between's mediations (mediators count soldiers and civilians
together).
A list dated by a day, a plan or a hope, swaps not told as done, or one side named as
the one handing them over reads nothing from the list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

Read = Callable[..., Any]

_PUBLISHED = date(2025, 12, 2)
_SIZES = (("2025-06", "75"), ("2025-06", "90"), ("2025-06", "95"), ("2025-10", "48"))


def test_news_each_size_of_a_list_dated_by_a_month_is_its_own_swap_both_ways(news: Read) -> None:
    text = (
        "Qatar's earlier mediations that year, its statement recalled, had included the "
        "exchanges of 75, 90 and 95 captives per side in June, all three arranged over "
        "weeks of shuttle diplomacy, and of 48 captives per side in October."
    )
    legs = news(text, published=_PUBLISHED).period_legs()
    assert legs == {
        (month, sender, receiver, "other", size)
        for month, size in _SIZES
        for sender, receiver in (("RUS", "UKR"), ("UKR", "RUS"))
    }


def test_news_a_listed_kind_named_by_the_last_noun_counts_for_every_size(news: Read) -> None:
    text = (
        "The exchanges of 75, 90 and 95 prisoners of war per side in June came after "
        "long talks brokered by the UAE."
    )
    legs = news(text, published=_PUBLISHED).period_legs()
    assert {leg[4] for leg in legs} == {"75", "90", "95"}
    assert {leg[3] for leg in legs} == {"prisoners_of_war"}


@pytest.mark.parametrize(
    "text",
    [
        # dated by a day: several swaps on one day are stages, read only with one day each
        "The swaps of 75, 90 and 95 prisoners per side on 14 June were the first.",
        # a plan
        "The deal foresees exchanges of 75, 90 and 95 prisoners per side in June.",
        # one side named as the one handing them over
        "Russia returned, in exchanges of 75, 90 and 95 prisoners per side in June, its men.",
        # a hope, or swaps not told as done
        "Officials expect exchanges of 75, 90 and 95 prisoners per side in June.",
        "The exchanges of 75, 90 and 95 prisoners per side in June are still being negotiated.",
        # no per-side phrase: the sizes may be of either way
        "The exchanges of 75, 90 and 95 prisoners in June were brokered by Qatar.",
    ],
)
def test_news_a_list_of_sizes_by_a_month_reads_nothing_outside_its_form(
    news: Read, text: str
) -> None:
    sizes = set(news(text, published=_PUBLISHED).moved_count_texts())
    assert not sizes & {"75", "90"}
