"""A size told "each time" before the verb is every exchange's, even "in exchanges".

"In May and June, each time involving about 600 bodies, Kyiv took back its dead in
exchanges that both sides praised": "in exchanges" would make the figure a sum over
several exchanges (a tally), but "each time" says it is each one's size, so each
listed month gets a handover of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_news_each_time_size_over_exchanges_is_per_month(recap: Callable[[str], Any]) -> None:
    found = recap(
        "In May and June, each time involving about 600 bodies, Kyiv took back its dead in"
        " exchanges that both sides praised."
    )
    assert {(period, receiver, count) for period, _, receiver, _, count in found} == {
        ("2025-05", "UKR", "around 600 [540, 660]"),
        ("2025-06", "UKR", "around 600 [540, 660]"),
    }


def test_news_each_time_without_it_is_no_size_per_month(recap: Callable[[str], Any]) -> None:
    # near miss: no "each time": "in exchanges" counts several, not each month's size
    found = recap(
        "In May and June, Kyiv took back about 600 bodies in exchanges that both sides praised."
    )
    months = {period for period, *_, count in found if count.startswith("around 600")}
    assert not {"2025-05", "2025-06"} <= months
