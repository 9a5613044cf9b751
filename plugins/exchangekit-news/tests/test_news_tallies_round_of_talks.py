"""A "round of talks" beside a swap over several days is no stage of that swap.

"the exchange, over three days in May, of 1,000 prisoners from each side, which came out
of the first round of direct talks": the round is the talks', so the figure still sums
the swap's days (a tally each way, convention 7); "the first round of the swap" tells
one of its stages and stays that stage's handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 6, 20)


def test_news_a_swap_over_days_beside_a_round_of_talks_is_a_tally_each_way(news: News) -> None:
    result = news(
        "The new agreement builds on the exchange, over three days in May, of 1,000"
        " prisoners from each side, which, diplomats in Ankara say, was the one concrete"
        " outcome of the second round of direct talks in Istanbul.",
        published=_DAY,
    )
    assert result.exchanges == []
    assert {(t.receiver.code, t.count) for t in result.tallies} == {
        ("UKR", Count.exact(1_000)),
        ("RUS", Count.exact(1_000)),
    }


def test_news_a_round_of_the_swap_itself_is_one_stage(news: News) -> None:
    """Near miss: the round is the swap's own, so its figure is that stage's handover."""
    result = news(
        "In the first round of the exchange, over three days in May, 390 prisoners from"
        " each side were freed, officials said.",
        published=_DAY,
    )
    assert result.tallies == []
    assert Count.exact(390) in result.moved_counts()
