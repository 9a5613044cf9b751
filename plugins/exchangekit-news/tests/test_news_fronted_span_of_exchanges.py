"""A figure framed by a fronted span of several exchanges sums them: a running total.

"Across the autumn's two prisoner swaps, the headquarters said, 431 Ukrainians were
brought home": the phrase set off before the figure names the exchanges it adds up,
so the figure is a total over them, not one more handover. A phrase that singles one
exchange out ("During the second of the autumn's exchanges, 200 came home") frames
that one exchange, and its figure stays a handover.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

_TOLD = "Russia freed 185 Ukrainian soldiers on 2 October and 246 on 19 October. "


@pytest.mark.parametrize(
    "text",
    [
        _TOLD + "Across the autumn's two prisoner swaps, the headquarters said, 431 "
        "Ukrainians were brought home.",
        _TOLD + "Kyiv said that, over last month's exchanges, 431 Ukrainians had returned "
        "from captivity, most of them from the Donetsk front.",
    ],
)
def test_news_a_figure_after_a_fronted_span_of_exchanges_is_a_total(
    receipts: Callable[..., Any], text: str
) -> None:
    moved, tallied = receipts(text)
    assert ("UKR", "other", "431") in tallied
    assert not any(count == "431" for _, _, count in moved)


def test_news_one_exchange_singled_out_of_the_span_stays_a_handover(
    receipts: Callable[..., Any],
) -> None:
    moved, tallied = receipts(
        "During the second of the autumn's exchanges, 200 Ukrainians came home, officials "
        "in Kyiv said."
    )
    assert ("UKR", "other", "200") in moved
    assert not tallied
