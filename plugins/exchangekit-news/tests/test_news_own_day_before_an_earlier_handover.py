"""A figure handed over on its own day, then "after a handover on <another day>".

"Ukraine received 150 bodies on 4 January, after a handover on 31 December": the
receiving has its day; the handover named after it is an earlier one, whose day is
not the figure's. People told as arriving ("were home on Sunday after Saturday's
swap") name no handing over of their own and keep the swap's day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Kyiv got back 212 bodies on 6 January, after a repatriation on 30 December.",
            "2025-01-06",
        ),
        (
            "Russia handed over 500 bodies to Ukraine on 11 September after an exchange on "
            "2 September.",
            "2025-09-11",
        ),
        (
            "Moscow and Kyiv swapped 84 prisoners each on Friday, following a swap on 2 October.",
            "2025-10-17",
        ),
        (
            "Ukraine received 303 bodies from Russia on 14 August, after the handover on 1 August.",
            "2025-08-14",
        ),
    ],
)
def test_news_own_day_wins_over_the_handover_named_after(
    news: News, text: str, period: str
) -> None:
    assert news(text, published=PUBLISHED).periods() == {period}


def test_news_no_day_of_its_own_takes_the_handovers(news: News) -> None:
    # near-miss: with no day of its own, the figure came in the handover it follows
    result = news("Ukraine received 303 bodies after a handover on 1 August.", published=PUBLISHED)
    assert result.periods() == {"2025-08-01"}


def test_news_arrival_after_a_swap_keeps_the_swaps_day(news: News) -> None:
    # near-miss: people arriving home name no handing over; the swap is what dates them
    result = news(
        "95 Ukrainian soldiers were back on home soil on Sunday after an exchange with "
        "Russia on Saturday.",
        published=PUBLISHED,
    )
    assert result.periods() == {"2025-10-18"}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=2000),
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=28),
)
def test_news_own_day_is_always_the_figures(news: News, n: int, own: int, earlier: int) -> None:
    """Whatever the count and the days, the figure's own day dates it."""
    text = (
        f"Ukraine received {n:,} bodies on {own} September, after a handover on {earlier} August."
    )
    result = news(text, published=PUBLISHED)
    assert result.periods() == {f"2025-09-{own:02d}"}
    assert {t.count for e in result.exchanges for t in e.transfers} == {Count.exact(n)}
