"""People home "after another exchange" of a named day: the exchange's day dates them.

"95 soldiers are home tonight, after an exchange yesterday" dates the 95 by the
exchange; "another" opens the exchange's noun as "an" does, so "after another swap
with Russia on Saturday" is Saturday's too, not the day the men are told to be home.
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
PUBLISHED = date(2025, 10, 23)  # a Thursday


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Seventy Ukrainian soldiers are home tonight, after another exchange with Russia "
            "yesterday.",
            "2025-10-22",
        ),
        (
            "Forty-four Ukrainian marines were back in Ukraine this morning after another swap "
            "on Monday.",
            "2025-10-20",
        ),
        (
            "Some 120 Ukrainian servicemen are recovering in hospital after another prisoner "
            "exchange on 18 October.",
            "2025-10-18",
        ),
    ],
)
def test_news_another_exchange_dates_the_people_it_brought(
    news: News, text: str, period: str
) -> None:
    assert news(text, published=PUBLISHED).periods() == {period}


def test_news_another_exchange_is_not_dated_by_a_handing_over_day(news: News) -> None:
    # near-miss: a figure handed over on a day of its own keeps it
    result = news(
        "Russia handed 60 Ukrainian soldiers back on Tuesday, after another swap on 2 October.",
        published=PUBLISHED,
    )
    assert result.periods() == {"2025-10-21"}


def test_news_another_exchange_past_a_clause_keeps_the_arrival_day(news: News) -> None:
    # near-miss: a clause between the exchange and its date tells no day of the figure's
    text = (
        "Fifty Ukrainian soldiers are home tonight, after another exchange with Russia, which "
        "took place in September."
    )
    assert news(text, published=PUBLISHED).periods() == {"2025-10-23"}


def test_news_arriving_on_a_day_of_its_own_after_another_swap_is_a_second_one(
    news: News,
) -> None:
    # near-miss: "another" swap on an earlier day than the figure's own tells two handovers
    text = "Fifty Ukrainian soldiers came home on 21 October, after another swap on 16 October."
    assert "2025-10-16" not in news(text, published=PUBLISHED).periods()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=2, max_value=900), st.integers(min_value=1, max_value=20))
def test_news_another_exchange_day_is_the_figures(news: News, n: int, day: int) -> None:
    """Whatever the count and the day, the people are dated by the exchange's day."""
    text = f"{n:,} Ukrainian soldiers are home tonight after another exchange on {day} October."
    result = news(text, published=PUBLISHED)
    assert result.periods() == {f"2025-10-{day:02d}"}
    assert {t.count for e in result.exchanges for t in e.transfers} == {Count.exact(n)}
