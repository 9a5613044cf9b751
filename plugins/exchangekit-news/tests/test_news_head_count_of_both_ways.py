"""A total that is exactly the two ways of the exchange just told is its head count, no tally.

"Russia and Ukraine swapped 120 prisoners each on Friday. ... In all, 240 men crossed the
border": 240 is everyone who moved in that one handover, both ways together, so it is no
side's running total and gives no record. A total with a span of its own ("since 2022"),
or one that is not that sum, stays a running total.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

# published Thursday 23 October 2025


@pytest.mark.parametrize(
    ("swap", "total"),
    [
        (
            "Russia and Ukraine swapped 64 prisoners each on Sunday. Russia's defence "
            "ministry gave no explanation.",
            "In all, 128 men crossed the border near the town where the handover took place.",
        ),
        (
            "Kyiv and Moscow each freed 45 soldiers on Monday. Ukraine's coordination "
            "headquarters did not comment.",
            "Altogether, 90 men crossed the border at the point where the exchange happened.",
        ),
        (
            "Kyiv got back 95 soldiers on Monday and Russia received 80. Ukraine's ombudsman "
            "gave no names.",
            "In all, 175 men crossed the border near the town where the swap took place.",
        ),
    ],
)
def test_news_the_sum_of_both_ways_of_the_exchange_told_is_no_tally(
    news: News, swap: str, total: str
) -> None:
    result = news(f"{swap} {total}")
    assert not result.tallies
    assert len([t for e in result.exchanges for t in e.transfers]) == 2


def test_news_a_total_with_a_span_of_its_own_stays_a_tally(news: News) -> None:
    """Near miss: "since 2022" makes the sum a running total whatever it equals."""
    text = (
        "Russia and Ukraine swapped 120 prisoners each on Friday. "
        "In all, 240 Ukrainians have come home since 2022."
    )
    assert [t.count for t in news(text).tallies] == [Count.exact(240)]


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_000).filter(lambda n: not 900 <= n <= 1050),
)
def test_news_a_head_count_of_both_ways_is_no_tally_whatever_the_size(news: News, n: int) -> None:
    text = (
        f"Russia and Ukraine swapped {n:,} prisoners each on Sunday. Russia's defence "
        f"ministry gave no explanation. In all, {2 * n:,} men crossed the border near the "
        "town where the handover took place."
    )
    assert not news(text).tallies
