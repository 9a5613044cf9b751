"""A gloss of harm words set off by dashes keeps the figure's clause going past it.

"lost 9,000 troops - killed, wounded and missing - over the course of 2024": the aside
only says what the loss figure counts, so the date after its closing dash is still the
figure's, as it is after a gloss set off by commas ("lost 900, dead or injured, on
Monday").
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
PUBLISHED = date(2026, 1, 20)


@pytest.mark.parametrize(
    ("text", "count", "as_of"),
    [
        (
            "Russian troops suffered 52,000 casualties - killed, wounded and missing - over "
            "the course of 2024, the agency said.",
            52_000,
            "2024",
        ),
        (
            "Russian units lost 8,400 men \u2014 killed or wounded \u2014 in October 2025, "
            "the general staff said.",
            8_400,
            "2025-10",
        ),
        (
            "Russian forces lost 6,100 soldiers \u2013 dead, injured or missing \u2013 "
            "during 2025, the ministry said.",
            6_100,
            "2025",
        ),
    ],
)
def test_the_date_past_a_dashed_harm_gloss_is_the_figures(
    news: News, text: str, count: int, as_of: str
) -> None:
    assert news(text, published=PUBLISHED).claim_days_by_count().get(Count.exact(count)) == as_of


def test_a_date_of_a_clause_coordinated_past_the_gloss_is_not_the_figures(
    news: News,
) -> None:
    text = (
        "Russian forces lost 9,000 troops - killed and wounded - and in March 2024 another "
        "4,000, the ministry said on Monday."
    )
    assert (
        news(text, published=PUBLISHED).claim_days_by_count().get(Count.exact(9_000)) != "2024-03"
    )


@settings(max_examples=25, deadline=None)
@given(
    count=st.integers(min_value=2_101, max_value=400_000),
    year=st.sampled_from(["2023", "2024", "2025"]),
)
def test_the_year_past_the_gloss_dates_the_loss(news: News, count: int, year: str) -> None:
    text = (
        f"Russian troops suffered {count:,} casualties - killed, wounded and missing - "
        f"over the course of {year}, the agency said."
    )
    assert news(text, published=PUBLISHED).claim_days_by_count().get(Count.exact(count)) == year
