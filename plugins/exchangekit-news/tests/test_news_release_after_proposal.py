"""A release told after a proposal in the same sentence: not part of an earlier swap.

"Kyiv proposed 300 each way; Moscow freed six civilians": the sentence has moved on
from the exchange told before it to talk of a new one, so its undated release is
not added to that exchange (with no day of its own it is not read at all), and the
size proposed is no handover. With a day of its own the release is read on that
day; without the proposal it still carries on the exchange told just before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)
BEFORE = "DNIPRO — On 9 September Ukraine and Russia swapped 103 prisoners each. "


def _sizes(news: News, text: str) -> set[tuple[str, Count]]:
    return {(p, c) for p, _, _, _, c in news(text, published=THURSDAY).dated_legs()}


SWAP = {("2025-09-09", Count.parse("103"))}


@pytest.mark.parametrize(
    "after",
    [
        "Kyiv proposed 300 soldiers each way; Moscow freed six civilians.",
        "Moscow offered up to 75 prisoners each way, and Kyiv released six civilians.",
        "Ukraine suggested a larger swap next month, but Russia freed only six civilians.",
    ],
)
def test_news_an_undated_release_after_a_proposal_joins_no_earlier_swap(
    news: News, after: str
) -> None:
    assert _sizes(news, BEFORE + after) == SWAP


def test_news_a_dated_release_after_a_proposal_is_read_on_its_day(news: News) -> None:
    text = (
        BEFORE + "Kyiv proposed 300 soldiers each way; on 12 September Moscow freed six civilians."
    )
    assert _sizes(news, text) == SWAP | {("2025-09-12", Count.parse("6"))}


def test_news_a_release_with_no_proposal_still_joins_the_swap_before(news: News) -> None:
    text = BEFORE + "Moscow also freed six civilians."
    assert _sizes(news, text) == SWAP | {("2025-09-09", Count.parse("6"))}
