"""A toll set off by ", with" after a year called a side's costliest is as of that year.

"Russia's deadliest year was 2024, with some 410,000 casualties": the figure is the
year's toll, not the running total on the day of the report.
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
PUBLISHED = date(2025, 1, 14)


@pytest.mark.parametrize(
    ("text", "count", "as_of"),
    [
        (
            "According to the ministry, Russia's deadliest year of the war was 2024, with "
            "some 410,000 casualties over those twelve months.",
            "around 410,000",
            "2024",
        ),
        (
            "Analysts said 2023 was Ukraine's bloodiest year, with 61,000 soldiers killed.",
            "61,000",
            "2023",
        ),
        (
            "British intelligence said that 2024 was Russia's deadliest year so far, with "
            "about 150,000 killed.",
            "about 150,000",
            "2024",
        ),
    ],
)
def test_news_a_costliest_years_toll_is_as_of_that_year(
    news: News, text: str, count: str, as_of: str
) -> None:
    claims = news(text, published=PUBLISHED).claims
    assert [(c.count, str(c.as_of)) for c in claims] == [(Count.parse(count), as_of)]


def test_news_a_costliest_month_keeps_its_month(news: News) -> None:
    """The month form was read before and stays so; a total with no year named stays
    current when told."""
    month = news(
        "The ministry said that September was the deadliest month for Russian forces, "
        "with 42,000 casualties.",
        published=PUBLISHED,
    ).claims
    assert [str(c.as_of) for c in month] == ["2024-09"]
    no_year = news(
        "The ministry said Russia has lost 790,000 soldiers since the invasion.",
        published=PUBLISHED,
    ).claims
    assert [str(c.as_of) for c in no_year] == ["2025-01-14"]


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2_101, max_value=900_000),
    year=st.sampled_from(["2022", "2023", "2024"]),
)
def test_news_the_named_year_dates_the_toll_whatever_its_size(
    news: News, n: int, year: str
) -> None:
    text = f"Analysts said {year} was Russia's costliest year, with {n:,} soldiers killed."
    claims = news(text, published=PUBLISHED).claims
    assert [(c.count, str(c.as_of)) for c in claims] == [(Count.parse(f"{n:,}"), year)]
