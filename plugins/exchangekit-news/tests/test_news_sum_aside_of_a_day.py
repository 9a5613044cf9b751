"""A sum set off by commas, "N in all", is a running total only after a span.

"The bodies returned in April, more than 900 in total, are being identified": the aside
sums a month's handovers. After one day ("handed over on Friday, 84 in all,") it is that
day's count, and after no date at all ("freed from camps, about 300 in all,") it counts a
group; neither is a total since the war began.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

Reader = Callable[..., Any]

_PUB = date(2025, 6, 10)  # a Tuesday


def test_a_sum_after_a_dated_day_is_no_war_long_tally(news: Reader) -> None:
    result = news(
        "The soldiers handed over to Russia on Friday, 84 in all, were flown to Moscow.",
        published=_PUB,
    )
    assert not result.tallies


def test_a_sum_after_a_weekday_is_that_day_s_handover(news: Reader) -> None:
    """Harder: a hedged sum, "in total", of captives sent back on the day of publication."""
    result = news(
        "The captives sent back to Ukraine on Tuesday, some 120 in total, were taken to hospitals.",
        published=_PUB,
    )
    assert not result.tallies
    assert [str(e.period) for e in result.exchanges] == ["2025-06-10"]


def test_an_undated_group_is_no_total(news: Reader) -> None:
    result = news(
        "The men freed from Russian prisons, about 300 in all, have yet to be identified.",
        published=_PUB,
    )
    assert not result.tallies


def test_near_miss_a_month_s_sum_stays_a_tally_of_that_month(news: Reader) -> None:
    result = news(
        "The bodies repatriated to Ukraine in April, more than 900 in total, are still "
        "being identified.",
        published=_PUB,
    )
    assert [str(t.covers) for t in result.tallies] == ["2025-04-01/2025-04-30"]
