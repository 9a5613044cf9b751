"""The even pair a swap noun names, carried out over a run of days, keeps the swap's kind.

"Over three days in May the sides carried out an exchange of 700 for 700": the pair is
the size per side of one exchange, as in "the three-day swap", so it is of prisoners
like any bare "N for N" swap. A bare running figure over the days ("700 went each way
over three days") names no swap and stays of no one kind.
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


@pytest.mark.parametrize(
    "text",
    [
        "Over three days in May, Russia and Ukraine carried out an exchange of 700 for 700.",
        "In late May, over three days, Kyiv and Moscow completed a swap of 700 for 700.",
        "Over two days in May, the two sides conducted the exchange of 700 for 700.",
    ],
)
def test_news_swap_noun_pair_over_days_is_prisoners(news: Callable[..., Any], text: str) -> None:
    read = news(text, published=PUBLISHED)
    assert read.received_kinds() == {
        ("UKR", PersonCategory.PRISONERS_OF_WAR, Count.parse("700")),
        ("RUS", PersonCategory.PRISONERS_OF_WAR, Count.parse("700")),
    }


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: no swap noun holds the pair, or the pair names its people
        "Over three days in May, 700 went each way.",
        "Over three days in May, the sides carried out an exchange of 700 people for 700.",
    ],
)
def test_news_running_figure_over_days_names_no_kind(news: Callable[..., Any], text: str) -> None:
    read = news(text, published=PUBLISHED)
    assert {k for _, k, _ in read.received_kinds()} <= {PersonCategory.OTHER}


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=20, max_value=1500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_swap_noun_pair_over_days_any_size(news: Callable[..., Any], n: int) -> None:
    """Whatever the size, the swap noun's even pair is of prisoners each way."""
    read = news(
        f"Over three days in May, Russia and Ukraine carried out an exchange of {n:,} for {n:,}.",
        published=PUBLISHED,
    )
    assert {k for _, k, _ in read.received_kinds()} == {PersonCategory.PRISONERS_OF_WAR}
