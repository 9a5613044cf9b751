"""An even "N for N" swap told after a line that only mentions bodies is of prisoners.

"Lorries of the dead waited at the crossing. On 9 May the two sides swapped 250 for
250": the line before names bodies but hands none over, so the swap's bare pair does
not take the dead as its kind. An even pair whose own sentence names a swap and no dead
is the size per side of a prisoner swap; a pair whose own sentence names bodies stays
remains, and an uneven pair gains no kind from this rule.
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
BODIES = "Refrigerated trucks holding the bodies of fallen soldiers stood at the crossing. "


@pytest.mark.parametrize(
    "swap",
    [
        "On 9 May, Kyiv and Moscow swapped 250 for 250.",
        "On 9 May, the two sides completed an exchange of 250 for 250.",
        "On 9 May, Russia and Ukraine carried out a swap of 250 for 250.",
    ],
)
def test_news_even_swap_pair_after_bodies_line_is_prisoners(
    news: Callable[..., Any], swap: str
) -> None:
    read = news(BODIES + swap, published=PUBLISHED)
    assert read.received_kinds() == {
        ("UKR", PersonCategory.PRISONERS_OF_WAR, Count.parse("250")),
        ("RUS", PersonCategory.PRISONERS_OF_WAR, Count.parse("250")),
    }


def test_news_even_pair_with_bodies_in_its_own_sentence_stays_remains(
    news: Callable[..., Any],
) -> None:
    # near-miss: the pair's own sentence names the dead
    read = news(
        BODIES + "On 9 May, the two sides completed an exchange of 250 bodies for 250.",
        published=PUBLISHED,
    )
    assert {k for _, k, _ in read.received_kinds()} == {PersonCategory.REMAINS}


def test_news_uneven_pair_after_bodies_line_is_no_prisoner_swap(
    news: Callable[..., Any],
) -> None:
    # near-miss: an uneven pair is no even swap; this rule gives it no prisoners
    read = news(
        BODIES + "On 9 May, the two sides completed an exchange of 250 for 12.",
        published=PUBLISHED,
    )
    assert PersonCategory.PRISONERS_OF_WAR not in {k for _, k, _ in read.received_kinds()}


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=20, max_value=1500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_even_swap_pair_after_bodies_line_any_size(news: Callable[..., Any], n: int) -> None:
    """Whatever the size, an even swap after a line on bodies is never of the dead."""
    read = news(BODIES + f"On 9 May, Kyiv and Moscow swapped {n:,} for {n:,}.", published=PUBLISHED)
    assert read.received_kinds() == {
        ("UKR", PersonCategory.PRISONERS_OF_WAR, Count.parse(f"{n:,}")),
        ("RUS", PersonCategory.PRISONERS_OF_WAR, Count.parse(f"{n:,}")),
    }
