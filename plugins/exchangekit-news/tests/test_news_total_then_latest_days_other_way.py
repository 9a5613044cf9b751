"""A running total then the latest exchange's day: the figures after the day are that day's.

"More than 2,800 Ukrainians have been freed in swaps, the latest on 6 March, when 90
soldiers came home and Moscow got back 90 of its own": the figure "got back" after the day
is the other leg of the 6 March swap, not the other way of the running total. Without a
day between them ("... since 2022, while receiving 90 back") it stays the total's other way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Kyiv says more than 2,800 Ukrainians have been freed in swaps, the latest on "
            "6 March, when 90 soldiers came home and Moscow got back 90 of its own.",
            "90",
        ),
        (
            "Ukraine said 3,400 of its people had been returned through exchanges, the most "
            "recent on Tuesday, when 64 servicemen came back and Russia got back 64 of its own.",
            "64",
        ),
        (
            "Over 3,900 Ukrainians have come home in exchanges, the last on 19 May, when 85 "
            "soldiers returned and Russia received back 85 of its own.",
            "85",
        ),
    ],
)
def test_other_way_after_the_latest_day_is_that_swaps_leg(
    news: News, text: str, count: str
) -> None:
    """The figure is a leg to Russia on the day named, never a running total of Russia's."""
    result = news(text)
    assert not {key for key in result.tally_keys() if key[1] == "RUS"}
    to_russia = {t.count for e in result.exchanges for t in e.transfers if t.receiver.code == "RUS"}
    assert Count.parse(count) in to_russia


def test_other_way_without_a_day_stays_the_totals(news: News) -> None:
    """With no day between them, the figure got back is the total's other way, as before."""
    result = news(
        "Russia has handed over more than 7,000 bodies since 2022, while receiving 90 back."
    )
    assert ("UKR", "RUS", Count.parse("90")) in result.tally_keys()


@given(n=st.integers(min_value=20, max_value=400))
@settings(max_examples=15, deadline=None)
def test_any_latest_days_other_way_is_a_leg(news: News, n: int) -> None:
    """Whatever the swap's size, its other leg after the day is no running total."""
    result = news(
        f"Kyiv says more than 2,800 Ukrainians have been freed in swaps, the latest on "
        f"6 March, when {n} soldiers came home and Moscow got back {n} of its own."
    )
    assert not {key for key in result.tally_keys() if key[1] == "RUS"}
