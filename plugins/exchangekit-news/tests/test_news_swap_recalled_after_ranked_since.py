"""A swap recalled in a clause after a ranked "since" is not the one the sentence tells.

"80 soldiers came home on Monday, the first swap since 25 were exchanged for 25 in
May": the rank looks back to an earlier exchange, so the figures of the clause after
"since" were not moved on Monday; they are left unread rather than put on the new
swap's day.
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
    ("text", "legs"),
    [
        (
            "Eighty Ukrainian soldiers came home on Monday, the first swap since 25 were "
            "exchanged for 25 in May.",
            {("2025-10-20", "RUS", "UKR", "80")},
        ),
        (
            "Russia freed 150 Ukrainian prisoners of war on Tuesday in the first exchange since "
            "70 captives were swapped for 70 on 2 July.",
            {("2025-10-21", "RUS", "UKR", "150")},
        ),
        (
            "Russia returned 33 Ukrainian civilians on Sunday, the second handover since 12 "
            "Russian civilians were sent home in the summer.",
            {("2025-10-19", "RUS", "UKR", "33")},
        ),
    ],
)
def test_news_figures_after_a_ranked_since_are_not_the_new_swap(
    news: News, text: str, legs: set[tuple[str, str, str, str]]
) -> None:
    result = news(text, published=PUBLISHED)
    assert {(p, s, r, str(c)) for p, s, r, c in result.dated_way_counts()} == legs


def test_news_since_a_day_with_a_when_clause_keeps_that_day(news: News) -> None:
    # near-miss: "since May, when ..." names the earlier swap's time itself
    result = news(
        "Eighty Ukrainian soldiers came home on Monday, the first swap since May, when 25 "
        "were exchanged for 25.",
        published=PUBLISHED,
    )
    assert ("2025-10-20", "RUS", "UKR", Count.exact(80)) in result.dated_way_counts()
    assert all(
        p != "2025-10-20" for p, _, _, c in result.dated_way_counts() if c == Count.exact(25)
    )


def test_news_unranked_since_clause_is_not_refused(news: News) -> None:
    # near-miss: no rank, so "since" is a span and its total is read as one
    result = news(
        "Ukraine says 4,100 soldiers have come home since the exchanges began in 2022.",
        published=PUBLISHED,
    )
    assert result.exchanges == []


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    new=st.integers(min_value=2, max_value=1799),
    old=st.integers(min_value=2, max_value=1799),
)
def test_news_recalled_swap_never_joins_the_new_one(news: News, new: int, old: int) -> None:
    result = news(
        f"Russia returned {new:,} Ukrainian soldiers on Tuesday, the first swap since "
        f"{old:,} were exchanged for {old:,} in March.",
        published=PUBLISHED,
    )
    tuesday = {c for p, _, _, c in result.dated_way_counts() if p == "2025-10-21"}
    assert tuesday == {Count.exact(new)}


def test_news_ranked_since_opening_the_main_clause_keeps_its_figure(news: News) -> None:
    # near-miss: no figure before "since", so the figure after it is the swap told
    result = news(
        "In the first swap since talks resumed 84 Ukrainian soldiers came home from Russian "
        "captivity on Friday.",
        published=PUBLISHED,
    )
    assert result.dated_way_counts() == {("2025-10-17", "RUS", "UKR", Count.exact(84))}


def test_news_earlier_swap_named_after_since_keeps_its_own_date(news: News) -> None:
    # near-miss: "since" before a noun names the earlier swap, dated by its own month
    result = news(
        "Russia returned 150 Ukrainian soldiers on Friday, the second-largest since the "
        "summer swap of 95 Ukrainians in July.",
        published=PUBLISHED,
    )
    assert ("2025-10-17", "RUS", "UKR", Count.exact(150)) in result.dated_way_counts()
    assert {p for p, _, _, c in result.dated_way_counts() if c == Count.exact(95)} <= {"2025-07"}
