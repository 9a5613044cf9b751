"""A "since <date>, when ..." clause closed by a comma and "and"/"but" before the figure.

"Talks have stalled since April, when the last round collapsed, and Kyiv got 90 back":
the date and its "when" clause belong to the stalling; the figure's clause, joined on
after the comma, neither happened on that date nor sums the span since it.
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
            "Negotiations have been frozen since 12 May, when the Istanbul round broke up, "
            "and Ukraine got 64 soldiers back from Russia.",
            "2025-10-23",
        ),
        (
            "Talks had stalled since June 3, when the delegations walked out, but Russia "
            "returned 45 Ukrainian prisoners on Monday.",
            "2025-10-20",
        ),
        (
            "Contacts have been frozen since 8 August, when the last handover was cancelled, "
            "and Kyiv brought 120 servicemen home from Russian captivity this week.",
            "2025-W43",
        ),
    ],
)
def test_news_figure_past_a_closed_when_clause_keeps_its_own_date(
    news: News, text: str, period: str
) -> None:
    result = news(text, published=PUBLISHED)
    assert result.periods() == {period}
    assert not result.tallies


def test_news_figure_inside_the_when_clause_is_dated_by_it(news: News) -> None:
    # near-miss: the figure is in the "when" clause itself, so the date is its exchange's
    result = news(
        "No exchange has taken place since 12 May, when 64 Ukrainian soldiers came home "
        "from Russia.",
        published=PUBLISHED,
    )
    assert result.periods() == {"2025-05-12"}


def test_news_since_opening_the_sentence_still_sums(news: News) -> None:
    # near-miss: a "since" framing the whole sentence still spans every clause after it
    result = news(
        "Since 2022, 4,000 Ukrainians have come home from Russian captivity, and 2,000 "
        "bodies were returned to Ukraine.",
        published=PUBLISHED,
    )
    assert Count.exact(4000) in {t.count for t in result.tallies}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=2, max_value=500), st.integers(min_value=1, max_value=28))
def test_news_closed_when_clause_date_is_never_the_figures(news: News, n: int, day: int) -> None:
    """Whatever the count and the day, the figure past the closed clause is not dated by it."""
    text = (
        f"Talks have stalled since {day} April, when the last round collapsed, and Ukraine "
        f"received {n:,} soldiers from Russia."
    )
    result = news(text, published=PUBLISHED)
    assert result.periods() == {"2025-10-23"}
    assert {t.count for e in result.exchanges for t in e.transfers} == {Count.exact(n)}
    assert not result.tallies
