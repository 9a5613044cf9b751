"""A swap a plan holds, after a colon or with "staged" before it, is not done.

"Moscow answered with a plan of its own: a swap of 900 for 900 by the end of June"
puts the swap after the colon as the plan's content; "Kyiv proposed a phased swap of
900 for 900" proposes it past the adjective, as "proposed a new swap" does. Neither
is an exchange done nor a running total. A definite swap after a plan's colon ("a
plan: the swap ... went ahead") and a staged swap completed stay done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 5, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow answered with a plan of its own: a swap of 900 for 900 by the end of June.",
        "Kyiv put forward a proposal: a staged exchange of 900 for 900 over the summer.",
        "Kyiv has proposed a phased swap of 900 for 900 by the end of June.",
        "Moscow has offered a staged exchange of 900 for 900.",
    ],
)
def test_news_a_planned_swap_is_neither_done_nor_a_total(news: News, text: str) -> None:
    read = news(text, published=_DAY)
    assert not read.exchanges
    assert not read.tallies


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv had a plan: the swap of 90 for 90 went ahead on Monday.",
        "On Monday the sides completed a staged swap of 90 for 90.",
    ],
)
def test_news_a_swap_done_after_a_plan_or_staged_stays_done(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    """Near misses: the swap is told done."""
    assert transfer_tuples(news(text, published=_DAY)) == {
        ("RUS", "UKR", "prisoners_of_war", Count.exact(90)),
        ("UKR", "RUS", "prisoners_of_war", Count.exact(90)),
    }
