"""A perfect's figure "in under a week" sums that span's handovers, never one day's.

"Russia handed over 1,200 bodies on Monday. Kyiv says 3,612 bodies have come back in
under a week": no single handover lasts a week, so the figure adds up several of them.
The text does not date the week, so the sum is not read (like "over several weeks");
it must not become Monday's handover. "within a week of the deal" is a deadline for
one handover, which keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
PUBLISHED = date(2025, 6, 17)
DAY = "Russia handed over 1,200 bodies on Monday. "


def _transfers(news: News, text: str) -> set[tuple[str, Count]]:
    return {
        (str(e.period), t.count)
        for e in news(text, published=PUBLISHED).exchanges
        for t in e.transfers
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv says 3,612 bodies have come back in under a week.",
        "By Ukraine's count, 2,950 bodies had been returned within a month.",
        "Officials say 4,040 bodies have been repatriated in less than a fortnight.",
    ],
)
def test_news_a_perfect_within_a_week_is_no_days_handover(news: News, sentence: str) -> None:
    assert _transfers(news, DAY + sentence) == {("2025-06-16", Count.exact(1_200))}


def test_news_within_a_week_of_an_event_is_a_deadline_not_a_span(news: News) -> None:
    text = DAY + "Kyiv says 1,200 bodies have come back within a week of the deal."
    assert ("2025-06-16", Count.exact(1_200)) in _transfers(news, text)


@given(count=st.integers(min_value=2, max_value=99_999).filter(lambda n: not 1800 <= n <= 2100))
def test_news_no_count_told_in_under_a_week_is_the_days_handover(news: News, count: int) -> None:
    text = DAY + f"Kyiv says {count:,} bodies have come back in under a week."
    found = _transfers(news, text)
    assert found <= {("2025-06-16", Count.exact(1_200))}
