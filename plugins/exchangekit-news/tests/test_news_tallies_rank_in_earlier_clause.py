"""A rank in an earlier clause does not make a later "since" rank one exchange.

"They call it the 40th swap, and say that since the invasion 3,000 have come home":
the comma closes the clause of the rank, so "since the invasion" opens the span of a
running total, not "the 40th exchange since the invasion".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]

_PUBLISHED = date(2025, 3, 12)


def test_news_since_after_a_rank_in_an_earlier_clause_is_a_total(news: News) -> None:
    result = news(
        "Officials describe it as the 58th exchange, and add that since the start of "
        "the invasion 3,950 Ukrainians have come back from captivity.",
        published=_PUBLISHED,
    )
    assert [str(t.count) for t in result.tallies] == ["3,950"]
    assert not [t for e in result.exchanges for t in e.transfers if str(t.count) == "3,950"]


def test_news_since_after_a_rank_cut_by_a_semicolon_is_a_total(news: News) -> None:
    # a harder form: a semicolon, a passive and "since February 2022"
    result = news(
        "The handover was the 58th of the war; since February 2022, 3,950 Ukrainian "
        "soldiers have been freed from Russian captivity, the ombudsman says.",
        published=_PUBLISHED,
    )
    assert "3,950" in [str(t.count) for t in result.tallies]


def test_news_ranked_since_in_one_clause_still_ranks_one_exchange(news: News) -> None:
    # near miss: "the first swap since June" ranks the exchange that freed the 90
    result = news(
        "It was the first swap since June, and 90 soldiers came home.",
        published=_PUBLISHED,
    )
    assert not result.tallies


def test_news_rank_before_an_apposition_comma_still_ranks(news: News) -> None:
    # near miss: "the latest swap, the fourth since spring," ranks one exchange
    result = news(
        "The latest swap, the fourth since the spring, brought back 64 soldiers, "
        "Ukraine's defence ministry said.",
        published=_PUBLISHED,
    )
    assert not result.tallies
