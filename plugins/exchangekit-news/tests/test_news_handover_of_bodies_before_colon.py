"""Nationals listed after "a handover (exchange, repatriation) of bodies:" are the dead.

"Then came another repatriation of remains: 900 Ukrainians for 31 Russians": the
figures after the colon spell out the bodies the noun before it names, so the
nationalities are of the dead, as after "the bodies were handed over:". A swap noun
naming no bodies before the colon leaves nationals of no one kind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

PUBLISHED = date(2025, 10, 16)


def _legs(read: Any) -> set[tuple[str, str, PersonCategory, Count]]:
    return {
        (str(e.period), t.receiver.code, t.category, t.count)
        for e in read.exchanges
        for t in e.transfers
    }


@pytest.mark.parametrize(
    "text",
    [
        "On 18 September came the latest handover of bodies: 900 Ukrainians for 31 Russians.",
        "On 18 September there was another exchange of bodies: 900 Ukrainians for 31 Russians.",
        "On 18 September came a repatriation of remains: 900 Ukrainians for 31 Russians.",
    ],
)
def test_news_nationals_after_handover_of_bodies_are_remains(
    news: Callable[..., Any], text: str
) -> None:
    assert _legs(news(text, published=PUBLISHED)) == {
        ("2025-09-18", "UKR", PersonCategory.REMAINS, Count.parse("900")),
        ("2025-09-18", "RUS", PersonCategory.REMAINS, Count.parse("31")),
    }


def test_news_nationals_after_a_swap_naming_no_bodies_stay_other(
    news: Callable[..., Any],
) -> None:
    # near-miss: the noun before the colon names no bodies
    read = news(
        "On 18 September came another swap: 900 Ukrainians for 31 Russians.",
        published=PUBLISHED,
    )
    assert {k for _, _, k, _ in _legs(read)} <= {PersonCategory.OTHER}


def test_news_bodies_of_another_clause_before_the_colon_give_no_kind(
    news: Callable[..., Any],
) -> None:
    # near-miss: the bodies belong to a clause before the figure-bearing one
    read = news(
        "The handover of bodies was delayed, and on 18 September came a swap:"
        " 90 Ukrainians for 31 Russians.",
        published=PUBLISHED,
    )
    assert PersonCategory.REMAINS not in {k for _, _, k, _ in _legs(read)}


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=100, max_value=1500).filter(lambda n: not 1800 <= n <= 2100),
    st.integers(min_value=2, max_value=99),
)
def test_news_nationals_after_handover_of_bodies_any_figures(
    news: Callable[..., Any], big: int, small: int
) -> None:
    """Whatever the figures, the nationals after "handover of bodies:" are remains."""
    read = news(
        f"On 18 September came the latest handover of bodies: {big:,} Ukrainians for"
        f" {small:,} Russians.",
        published=PUBLISHED,
    )
    assert {k for _, _, k, _ in _legs(read)} == {PersonCategory.REMAINS}
