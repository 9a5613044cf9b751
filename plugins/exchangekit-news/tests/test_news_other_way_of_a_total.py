"""The figure told "going the other way" after a running total is that total's other way.

"Kyiv said 4,318 bodies had been returned to Ukraine since June, with 41 going the other
way": the phrase names no side but says the 41 went against the total's direction, so
they are a total too, over the same span. After one day's handover the same phrase stays
that handover's other way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said the bodies of 4,318 soldiers had been returned to Ukraine over the previous "
        "week, with 41 going the other way.",
        "Kyiv said 4,318 bodies had been returned to Ukraine since June, with 41 going the "
        "other way.",
    ],
)
def test_news_the_other_way_of_a_total_is_a_total(receipts: Callable[..., Any], text: str) -> None:
    moved, tallied = receipts(text)
    assert ("UKR", "remains", "4,318") in tallied
    assert ("RUS", "remains", "41") in tallied
    assert not moved


def test_news_the_other_way_of_one_handover_stays_a_transfer(
    receipts: Callable[..., Any],
) -> None:
    moved, tallied = receipts(
        "Kyiv said Russia handed over 1,000 bodies to Ukraine on Friday, with 41 going the "
        "other way."
    )
    assert ("RUS", "remains", "41") in moved
    assert not tallied
