"""A year after "compared with" dates the count it follows, not the total before it.

"Over the whole year some 600 Ukrainians came home, compared with more than
1,500 in 2022": 2022 is the year of the 1,500 only. The 600 sums the year the
text is about, current when told, and the 1,500 covers 2022 alone, told with the
600 on the day the text is current. Read before, the 600 took 2022 as its own
date, a silently wrong year.
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

_DECEMBER = date(2023, 12, 28)


def _tallies(result: Any) -> dict[Count, tuple[str, str]]:
    return {t.count: (str(t.covers), str(t.as_of)) for t in result.tallies}


@pytest.mark.parametrize(
    "text",
    [
        "Over the whole year, some 600 Ukrainians were freed, compared with more than 1,500 "
        "in 2022.",
        "During the year about 600 Ukrainians came home in a dozen swaps, the smallest of "
        "them just two soldiers, compared with more than 1,500 in 2022.",
        # a source set off between the fronted span and its clause
        "Over the course of the year, by the ombudsman's count, some 600 Ukrainians were "
        "freed, compared with more than 1,500 in 2022.",
        "Throughout the year, according to Kyiv, some 600 Ukrainians were freed, compared "
        "with more than 1,500 in 2022.",
    ],
)
def test_news_a_year_total_keeps_its_own_year_beside_a_compared_year(news: News, text: str) -> None:
    found = _tallies(news(text, published=_DECEMBER))
    assert found[Count.parse("around 600")] == ("2023-01-01/2023-12-28", "2023-12-28")
    assert found[Count.parse("more than 1,500")] == ("2022-02-24/2022-12-31", "2023-12-28")


def test_news_a_total_dated_in_its_own_clause_keeps_that_date_beside_a_compared_year(
    news: News,
) -> None:
    # near miss: the total's own year dated it before too; the compared count keeps its year
    text = "Some 600 Ukrainians were freed in 2023, compared with more than 1,500 in 2022."
    found = _tallies(news(text, published=_DECEMBER))
    assert found[Count.parse("around 600")] == ("2023-01-01/2023-12-28", "2023-12-28")
    assert found[Count.parse("more than 1,500")] == ("2022-02-24/2022-12-31", "2023-12-28")


@given(
    n=st.integers(min_value=2, max_value=1_799),
    m=st.integers(min_value=2_101, max_value=20_000),
    year=st.sampled_from(["2022", "2021"]),
)
def test_news_the_compared_year_never_dates_the_total_before_it(
    news: News, n: int, m: int, year: str
) -> None:
    text = f"Over the whole year, {n:,} Ukrainians were freed, compared with {m:,} in {year}."
    found = _tallies(news(text, published=_DECEMBER))
    assert found[Count.exact(n)] == ("2023-01-01/2023-12-28", "2023-12-28")
