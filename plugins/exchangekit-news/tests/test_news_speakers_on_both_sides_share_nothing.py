"""Speakers "on both sides" say who spoke; they share no figure out per side.

"Ukraine and Russia exchanged hundreds of prisoners on Wednesday in what officials on
both sides called the largest swap": the two sides' total was given, not each side's
share, so no figure is read for either way. Read as "hundreds on both sides", the total
became one way's figure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2024, 1, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv and Moscow swapped 150 prisoners of war on Friday in what officials on both "
        "sides called a breakthrough after months of talks.",
        "Ukraine and Russia exchanged hundreds of prisoners of war on Wednesday in what "
        "negotiators on both sides, speaking to reporters later, described as the largest "
        "swap of the war.",
        "On Friday Kyiv and Moscow traded 150 prisoners of war in a deal that diplomats from "
        "each side had worked on since the summer.",
    ],
)
def test_news_speakers_on_both_sides_leave_the_swap_unshared(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    assert transfer_tuples(news(text, published=_DAY)) == set()


def test_news_people_from_each_side_are_still_shared_out(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """Near miss: "150 prisoners of war from each side" is the people's own side word."""
    text = (
        "Kyiv and Moscow swapped 150 prisoners of war from each side on Friday, in what "
        "officials said was the first exchange since June."
    )
    assert transfer_tuples(news(text, published=_DAY)) == {
        ("RUS", "UKR", "prisoners_of_war", Count.exact(150)),
        ("UKR", "RUS", "prisoners_of_war", Count.exact(150)),
    }
