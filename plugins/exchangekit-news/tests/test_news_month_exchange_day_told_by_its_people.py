"""A month's exchange takes the day its people are said, a sentence later, to have arrived.

"In March, seven children were returned from Crimea. They arrived in Lviv on 12 March":
the next sentence opens on the people just counted ("They") and tells when they came,
so the exchange is of 12 March, not of March alone. A sentence where "they" speak ("They
said on 12 March that more would follow") or that tells another handover ("They also
...", "another") leaves the month as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
DayCounts = Callable[[Any], Any]
PUBLISHED = date(2025, 3, 28)


@pytest.mark.parametrize(
    "text",
    [
        "In March, seven Ukrainian children were returned from occupied Crimea. They"
        " crossed into Ukraine on 12 March.",
        "This month, with help from the Vatican, seven Ukrainian children held in occupied"
        " Crimea were reunited with their families. They arrived in Lviv on 12 March"
        " after a long journey through Belarus.",
        "In March, seven Ukrainian children were reunited with their families. They"
        " arrived home on 12 March.",
    ],
)
def test_news_month_exchange_takes_the_day_its_people_arrived(
    news: News, text: str, day_counts: DayCounts
) -> None:
    assert day_counts(news(text, published=PUBLISHED)) == {("2025-03-12", Count.exact(7))}


def test_news_the_day_they_spoke_is_no_day_of_the_exchange(
    news: News, day_counts: DayCounts
) -> None:
    text = (
        "In March, seven Ukrainian children were returned from occupied Crimea. They said"
        " on 12 March that more returns would follow."
    )
    assert day_counts(news(text, published=PUBLISHED)) == {("2025-03", Count.exact(7))}


@settings(max_examples=15, deadline=None)
@given(day=st.integers(min_value=1, max_value=27), count=st.integers(min_value=2, max_value=60))
def test_news_the_day_told_by_their_arrival_is_within_the_month(
    news: News, day: int, count: int, day_counts: DayCounts
) -> None:
    text = (
        f"In March, {count:,} Ukrainian children were returned from occupied Crimea. They"
        f" crossed into Ukraine on {day} March."
    )
    assert day_counts(news(text, published=PUBLISHED)) == {
        (str(date(2025, 3, day)), Count.exact(count))
    }
