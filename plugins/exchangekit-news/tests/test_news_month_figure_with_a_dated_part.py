"""A month's figure followed by a smaller figure of the same way on one day of that month.

"In October, 1,500 bodies came back. The first handover, of 600, took place on 9 October":
the day's smaller figure is one handover of the several the month's figure adds up, so
the month's figure is a total over the month, not an exchange on 9 October, and the
day's figure is an exchange of its own. The same figure told again on the day is the
month's exchange given its day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

_PUBLISHED = date(2025, 11, 20)
News = Callable[..., Any]


def _totals(news: News, text: str) -> set[tuple[str, Count]]:
    """(covered span, count) of every stated total read from ``text``."""
    items = news(text, published=_PUBLISHED).tallies
    return {(str(t.covers), t.count) for t in items}


@pytest.mark.parametrize(
    ("text", "month", "whole", "day", "part"),
    [
        (
            "Update\n\nThis month, 23 more Ukrainian children were brought back to their "
            "families from Russia. The largest group, of nine children, crossed into Ukraine "
            "on November 12 after mediation by Qatar.",
            "2025-11",
            "23",
            "2025-11-12",
            "9",
        ),
        (
            "Returns\n\nIn October, Russia returned 1,500 bodies to Ukraine. The first "
            "handover, of 600 bodies, took place on 9 October.",
            "2025-10",
            "1,500",
            "2025-10-09",
            "600",
        ),
        (
            "Returns\n\nThroughout September, 410 prisoners returned to Ukraine from Russian "
            "captivity. On 14 September, 150 soldiers crossed the border into Ukraine.",
            "2025-09-01/2025-09-30",
            "410",
            "2025-09-14",
            "150",
        ),
    ],
)
def test_news_a_month_figure_with_a_smaller_dated_part_is_the_month_total(
    news: News, text: str, month: str, whole: str, day: str, part: str
) -> None:
    assert (day, Count.parse(part)) in news(text, published=_PUBLISHED).day_counts()
    assert all(
        count != Count.parse(whole) for _, count in news(text, published=_PUBLISHED).day_counts()
    )
    assert (month, Count.parse(whole)) in _totals(news, text)


def test_news_the_month_figure_told_again_on_its_day_stays_one_exchange(news: News) -> None:
    text = (
        "Returns\n\nIn October, Russia returned 600 bodies to Ukraine. On 9 October, 600 "
        "bodies arrived in Kyiv from Russia."
    )
    assert news(text, published=_PUBLISHED).day_counts() == {("2025-10-09", Count.parse("600"))}
    assert _totals(news, text) == set()


def test_news_a_larger_figure_on_the_day_is_no_part_of_the_month(news: News) -> None:
    text = (
        "Returns\n\nIn October, Russia returned 600 bodies to Ukraine. On 9 October, 750 "
        "bodies arrived in Kyiv from Russia."
    )
    assert _totals(news, text) == set()


@settings(max_examples=25, deadline=None)
@given(
    whole=st.integers(min_value=3, max_value=9000).filter(lambda n: not 1800 <= n <= 2100),
    share=st.floats(min_value=0.05, max_value=0.95),
    day=st.integers(min_value=1, max_value=28),
)
def test_news_any_smaller_part_on_a_day_makes_the_month_figure_a_total(
    news: News, whole: int, share: float, day: int
) -> None:
    part = max(2, min(whole - 1, int(whole * share)))
    if 1800 <= part <= 2100:
        part = 1700
    text = (
        f"Returns\n\nIn October, Russia returned {whole:,} bodies to Ukraine. The first "
        f"handover, of {part:,} bodies, took place on {day} October."
    )
    assert (f"2025-10-{day:02d}", Count.parse(f"{part:,}")) in news(
        text, published=_PUBLISHED
    ).day_counts()
    assert ("2025-10", Count.parse(f"{whole:,}")) in _totals(news, text)
