"""A sized swap joined by "and" to another exchange named by the deal behind it.

"The same held for the April swap, of 310 for 310, and of the exchange agreed in
Riyadh": the participle after the second exchange noun tells that exchange's deal; it
does not make the first, sized swap a plan. A participle of the sized swap's own, or a
plan told for both, still reads nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

PUBLISHED = date(2025, 6, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Both ministries gave one account of the swap on 14 April, of 310 for 310, and of "
        "the two-stage exchange agreed in Riyadh, whose details came out later.",
        "The figures matched for the 14 April swap, of 310 for 310, and, as it turned out, "
        "for the exchange proposed in Riyadh.",
    ],
)
def test_news_sized_swap_beside_an_agreed_exchange_is_read(
    news: Callable[..., Any], text: str
) -> None:
    read = news(text, published=PUBLISHED)
    assert {(p, s, r, n) for p, s, r, _, n in read.period_legs()} == {
        ("2025-04-14", "UKR", "RUS", "310"),
        ("2025-04-14", "RUS", "UKR", "310"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the participle is the sized swap's own, or a plan told of both
        "The swap of 310 for 310 agreed in Riyadh, and the exchange of bodies, are still "
        "being prepared.",
        "The swap of 310 for 310, and the exchange agreed in Riyadh, will take place next week.",
        "On 14 April, the swap of 310 for 310 and the exchange of bodies planned in Riyadh "
        "were both postponed.",
    ],
)
def test_news_sized_swap_still_planned_reads_nothing(news: Callable[..., Any], text: str) -> None:
    read = news(text, published=PUBLISHED)
    assert not read.exchanges
    assert not read.tallies
