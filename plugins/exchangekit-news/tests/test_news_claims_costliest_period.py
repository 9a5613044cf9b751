"""A side's costliest period, measured by a figure set off by ", with".

"2024 had been Russia's costliest year, with some 430,000 casualties": the toll
belongs to the side whose worst period it was, named right at the superlative
(a possessive before it, or "for <side>" after the period).
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

_SIDES = {"Russia's": "RUS", "Ukraine's": "UKR"}


def found(read: Any) -> set[tuple[str, str, Count]]:
    """(subject, category, count) of every claim read."""
    return {(c.subject.code, c.category.value, c.count) for c in read.claims}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    side=st.sampled_from(sorted(_SIDES)),
    worst=st.sampled_from(["costliest", "deadliest", "bloodiest", "worst"]),
    unit=st.sampled_from(["month", "year", "week"]),
    toll=st.integers(min_value=20, max_value=900).map(lambda k: k * 100),
)
def test_news_a_toll_of_a_sides_costliest_period_is_that_sides(
    news: News, side: str, worst: str, unit: str, toll: int
) -> None:
    text = f"Analysts said it had been {side} {worst} {unit} of the war, with {toll:,} casualties."
    read = news(text, published=date(2025, 1, 14))
    assert found(read) == {(_SIDES[side], "total_losses", Count.parse(f"{toll:,}"))}


def test_news_the_deadliest_month_for_a_side_with_its_dead(news: News) -> None:
    """The harder form: "for <side>" after the period, an approximate count of dead."""
    text = (
        "Western officials said May was the deadliest month for Ukraine so far, "
        "with about 9,000 killed."
    )
    read = news(text, published=date(2025, 1, 14))
    assert found(read) == {("UKR", "killed", Count.parse("about 9,000"))}


@pytest.mark.parametrize(
    "text",
    [
        # a superlative of success says nothing of whose casualties they were
        "Analysts said May had been Russia's most successful month, with 30,000 casualties.",
        # nor does a busy period
        "Analysts said May had been Russia's busiest month, with 30,000 casualties.",
    ],
)
def test_news_no_side_from_a_period_that_is_not_costly(news: News, text: str) -> None:
    assert news(text, published=date(2025, 1, 14)).claims == []


def test_news_a_stated_nationality_wins_over_the_period_owner(news: News) -> None:
    """ "Russia's costliest month, with 30,000 Ukrainian casualties": the figure's own side."""
    text = "Analysts said May had been Russia's costliest month, with 30,000 Ukrainian casualties."
    assert found(news(text, published=date(2025, 1, 14))) == {
        ("UKR", "total_losses", Count.parse("30,000"))
    }
