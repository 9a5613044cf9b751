"""A count's figure for one day, told as the subject's value: "its figure for the past day was N".

A daily bulletin gives the day's losses and the running total; a writer may name
the day's value first ("Its figure for the past 24 hours was 990, and it put the
total at about 1,020,000") or after the total. Either way the day's figure is a
share of the same teller's count of the same side, over one day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import ClaimScope, Count

News = Callable[..., Any]

DAY = date(2025, 7, 2)
BULLETIN = (
    'Ukraine\'s General Staff publishes a daily tally of what it calls Russian "personnel losses". '
)


def _claims(text: str, news: News) -> set[tuple[str, str, Count, str]]:
    """Each claim as (side, category, count, scope)."""
    return {
        (c.subject.code, c.category.value, c.count, c.scope.value)
        for c in news(text, published=DAY).claims
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # the day's figure first, an aside before the verb
        "Its figure for the past 24 hours, published this morning, was 990, and it put "
        "the overall total at about 1,020,000.",
        # the day's figure first, no aside
        "The tally for the previous day was 990, and it put the overall total at about 1,020,000.",
        # the day's figure after the total
        "It put the overall total at about 1,020,000, and its figure for the past day was 990.",
    ],
)
def test_news_a_counts_figure_for_one_day_is_the_days_share(news: News, sentence: str) -> None:
    found = _claims(BULLETIN + sentence, news)
    assert found == {
        ("RUS", "total_losses", Count.parse("990"), "period"),
        ("RUS", "total_losses", Count.parse("about 1,020,000"), "cumulative"),
    }


def test_news_a_day_figure_with_no_total_told_stays_unread(news: News) -> None:
    # No claimed count in the sentence to take the day's side and kind from: refused.
    text = BULLETIN + "Its figure for the past 24 hours was 990."
    assert _claims(text, news) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Its figure for the past 24 hours was 990, and Russia's defence ministry put "
        "Ukraine's losses at about 500,000.",
        "It put the overall total at about 1,020,000, and the Russian defence ministry's "
        "figure for the past day was 990.",
    ],
)
def test_news_a_day_figure_beside_another_tellers_count_is_refused(
    news: News, sentence: str
) -> None:
    # Another teller named between the two: the day's figure is not that count's share.
    found = _claims(BULLETIN + sentence, news)
    assert not any(count == Count.parse("990") for _, _, count, _ in found)


def test_news_a_figure_for_a_year_is_no_days_share(news: News) -> None:
    # "for 2024" is no window of one day: the figure keeps its current reading (none).
    text = (
        BULLETIN
        + "Its figure for 2024 was 430,000, and it put the overall total at about 1,020,000."
    )
    assert ("RUS", "total_losses", Count.parse("430,000"), "period") not in _claims(text, news)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    day=st.integers(min_value=100, max_value=1_799),  # 1800-2100 would read as years
    total=st.integers(min_value=300, max_value=999).map(lambda n: n * 1_000),
)
def test_news_the_days_figure_keeps_its_value(news: News, day: int, total: int) -> None:
    """Whatever the two values, the day's figure is read as told, over one day."""
    text = (
        BULLETIN + f"Its figure for the past 24 hours was {day:,}, and it put the overall "
        f"total at about {total:,}."
    )
    claims = news(text, published=DAY).claims
    daily = [c.count for c in claims if c.scope is ClaimScope.PERIOD]
    assert daily == [Count.parse(f"{day:,}")]
