"""A figure "in the last week" or "over the past year" sums the time up to its telling.

"Russia returned 700 bodies in the last week" does not name the calendar week before the
report's ("last week"), nor one handover on the day of publication: it sums every
handover of the seven days up to the day it was told. "The past month" and "the past
year" run back a calendar month or year from that day, never to the war's start in 2022.
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
PUBLISHED = date(2025, 10, 23)  # a Thursday; Monday is 20 October


@pytest.mark.parametrize(
    ("text", "covers"),
    [
        ("Moscow handed Ukraine 700 bodies in the last week.", "2025-10-17/2025-10-23"),
        ("In the past week, Russia sent back 700 fallen soldiers.", "2025-10-17/2025-10-23"),
        (
            "Kyiv said on Monday that Russia had returned 700 bodies over the last fortnight.",
            "2025-10-07/2025-10-20",
        ),
        ("Russia has handed back 700 bodies over the past month.", "2025-09-24/2025-10-23"),
        ("Russia has given back 700 bodies to Ukraine in the past year.", "2024-10-24/2025-10-23"),
    ],
)
def test_news_figure_over_the_last_unit_covers_the_time_before_its_telling(
    news: News, text: str, covers: str
) -> None:
    result = news(text, published=PUBLISHED)
    assert result.exchanges == []
    assert {(c, n) for c, _, _, n in result.tally_spans()} == {(covers, "700")}


def test_news_last_week_without_the_is_still_the_calendar_week(news: News) -> None:
    # near-miss: "last week" with no article names the week before the report's
    result = news("Russia returned 700 bodies to Ukraine last week.", published=PUBLISHED)
    assert result.tallies == []
    assert result.periods() == {"2025-W42"}


def test_news_the_last_week_of_a_month_is_within_that_month(news: News) -> None:
    # near-miss: "the last week of September" is that month's final week, no span to now
    result = news(
        "Russia handed back 700 bodies in the last week of September.", published=PUBLISHED
    )
    assert result.tallies == []
    assert result.periods() == {"2025-W39"}


def test_news_since_keeps_its_start_beside_the_past_year(news: News) -> None:
    # near-miss: a "since" gives the span its start; the past year is only part of it
    result = news(
        "Russia has returned 700 bodies to Ukraine since 2023, most of them in the past year.",
        published=PUBLISHED,
    )
    assert {c for c, _, _, _ in result.tally_spans()} == {"2023-01-01/2025-10-23"}


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    n=st.integers(min_value=2, max_value=1799),
    unit=st.sampled_from(["week", "fortnight", "month", "year"]),
    lead=st.sampled_from(["in the last", "over the past", "during the past"]),
)
def test_news_last_unit_never_opens_at_the_war_start(
    news: News, n: int, unit: str, lead: str
) -> None:
    result = news(
        f"Russia has returned {n:,} bodies to Ukraine {lead} {unit}.", published=PUBLISHED
    )
    assert result.exchanges == []
    assert [t.count for t in result.tallies] == [Count.exact(n)]
    assert all(t.covers.start > date(2024, 10, 1) for t in result.tallies)
    assert all(t.covers.end == PUBLISHED for t in result.tallies)
