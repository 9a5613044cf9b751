"""A swap carried out that is named by the deal it fulfils ("the exchange ... agreed in X").

"On 23 May the sides completed the exchange of 400 for 400 agreed in Geneva": the
participle after the pair only names the deal; the verb the noun is the object of
("carried out", "completed", "conducted") says it was done. With no such verb, or with
the verb negated, the agreed exchange stays a plan and reads nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

PUBLISHED = date(2025, 6, 8)


def _legs(read: Any) -> set[tuple[str, str, PersonCategory, Count]]:
    legs = {
        (str(e.period), t.receiver.code, t.category, t.count)
        for e in read.exchanges
        for t in e.transfers
    }
    return legs | {(str(y.covers), y.receiver.code, y.category, y.count) for y in read.tallies}


@pytest.mark.parametrize(
    "text",
    [
        "On 23 May, Russia and Ukraine carried out the exchange of 400 for 400 agreed in Geneva.",
        "On 23 May, the two sides completed the swap of 400 for 400 agreed at the talks.",
        "On 23 May, Kyiv and Moscow conducted the exchange of 400 for 400 planned in Doha.",
    ],
)
def test_news_done_exchange_of_an_agreed_deal_is_read(news: Callable[..., Any], text: str) -> None:
    read = news(text, published=PUBLISHED)
    assert _legs(read) == {
        ("2025-05-23", "UKR", PersonCategory.PRISONERS_OF_WAR, Count.parse("400")),
        ("2025-05-23", "RUS", PersonCategory.PRISONERS_OF_WAR, Count.parse("400")),
    }


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the deal is still a plan
        "Russia and Ukraine have not completed the exchange of 400 for 400 agreed in Geneva.",
        "The exchange of 400 for 400 agreed in Geneva will take place next week.",
        "On 23 May, Russia and Ukraine approved the exchange of 400 for 400 proposed in Doha.",
        "Russia and Ukraine never carried out the exchange of 400 for 400 agreed in Geneva.",
    ],
)
def test_news_agreed_exchange_not_carried_out_reads_nothing(
    news: Callable[..., Any], text: str
) -> None:
    read = news(text, published=PUBLISHED)
    assert not read.exchanges
    assert not read.tallies


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=20, max_value=1500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_done_exchange_of_an_agreed_deal_any_size(news: Callable[..., Any], n: int) -> None:
    """Whatever the size, the deal's name never turns a swap carried out into a plan."""
    read = news(
        f"On 23 May, the two sides carried out the exchange of {n:,} for {n:,} agreed in Geneva.",
        published=PUBLISHED,
    )
    assert {c for _, _, _, c in _legs(read)} == {Count.parse(f"{n:,}")}
