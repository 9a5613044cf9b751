"""A total over "all exchanges": "as a result of all the swaps, 3,912 have come home".

"All" before exchanges, swaps or stages sums every one of them, so the figure of
its clause is a running total and no one handover. "Every exchange" may size each one
("in every exchange about 100 came home") and is not read as a total; nor is "all
exchanges" in a relative clause on a mediator, which tells of the mediator.
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
        ("As a result of all exchanges, 3,912 Ukrainians have come home.", "3,912"),
        # harder: reported speech, "the" between "all" and the noun
        (
            "The ombudsman said that, as a result of all the swaps, 2,846 Ukrainian defenders have "
            "been returned.",
            "2,846",
        ),
        # harder: the phrase after the figure, "previous" in it
        ("Ukraine has brought home 1,704 people in all previous exchanges.", "1,704"),
    ],
)
def test_news_a_figure_over_all_exchanges_is_a_tally(news: News, text: str, total: str) -> None:
    result = news(text)
    assert [t.count for t in result.tallies] == [Count.parse(total)]
    assert not result.exchanges


def test_news_every_exchange_and_a_mediators_clause_are_no_total(news: News) -> None:
    # near misses: "every" sizes each swap; "all" in a relative clause is the mediator's
    assert not news("In every exchange, about 100 soldiers came home.").tallies
    assert not news(
        "The UAE, which has mediated all exchanges since 2024, said 90 soldiers came home "
        "on Friday."
    ).tallies


@pytest.mark.parametrize(
    "text",
    [
        "On Friday 390 Ukrainians came home in the largest of all the swaps.",
        "On Friday 390 Ukrainians came home in the most important of all the exchanges.",
        "On Friday 390 Ukrainians came home, more than in all the exchanges of the spring.",
    ],
)
def test_news_one_swap_ranked_against_all_is_no_total(news: News, text: str) -> None:
    """Near miss: "the largest of all the swaps" ranks one exchange; it sums none."""
    result = news(text)
    assert not result.tallies
    assert [str(t.count) for e in result.exchanges for t in e.transfers] == ["390"]


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=2101, max_value=40000))
def test_news_a_total_of_all_exchanges_never_becomes_a_transfer(news: News, n: int) -> None:
    result = news(f"As a result of all exchanges, {n:,} Ukrainians have been returned home.")
    assert [t.count for t in result.tallies] == [Count.exact(n)]
    assert not result.exchanges
