"""A pluperfect total "before" one exchange pointed at: "Before today's swap, 5,210 had ...".

"Before today's exchange", "before the latest swap" or "before this week's handover"
names one exchange, and the people who "had been freed" before it are every earlier
homecoming summed: a running total, never that exchange's size. A simple past after
the same phrase ("Before today's exchange, 90 soldiers were freed") keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Before today's exchange, 5,210 Ukrainians had been freed from captivity.", "5,210"),
        # harder: the phrase after the verb, reported speech
        (
            "The headquarters said 4,020 prisoners had been returned to Ukraine before "
            "this week's swap.",
            "4,020",
        ),
        # harder: "the latest" with no day, soldiers as the noun
        ("Before the latest handover, 3,377 Ukrainian soldiers had been brought home.", "3,377"),
    ],
)
def test_news_a_pluperfect_total_before_an_exchange_is_a_tally(
    news: News, text: str, total: str
) -> None:
    result = news(text)
    assert [t.count for t in result.tallies] == [Count.parse(total)]
    assert all(t.count != Count.parse(total) for e in result.exchanges for t in e.transfers)


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Before today's exchange, 5,210 Ukrainians had been freed from captivity.", "2025-10-22"),
        # harder: a weekday's exchange after the verb (published on Thursday 23 October)
        ("5,210 Ukrainians had been freed before Friday's swap.", "2025-10-16"),
    ],
)
def test_news_the_total_before_a_days_exchange_stands_the_day_before(
    news: News, text: str, as_of: str
) -> None:
    assert [t.as_of.format() for t in news(text).tallies] == [as_of]


def test_news_a_simple_past_after_before_stays_one_handover(news: News) -> None:
    # near miss: no pluperfect, so the figure is a handover of its own, not a total
    result = news("Before today's exchange, 90 soldiers were freed by Russia.")
    assert not result.tallies


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=2101, max_value=40000),
    pointer=st.sampled_from(
        ["today's exchange", "the latest swap", "this week's handover", "Friday's exchange"]
    ),
)
def test_news_the_total_before_an_exchange_never_becomes_a_transfer(
    news: News, n: int, pointer: str
) -> None:
    result = news(f"Before {pointer}, {n:,} Ukrainians had been freed from captivity.")
    assert [t.count for t in result.tallies] == [Count.exact(n)]
    assert not result.exchanges
