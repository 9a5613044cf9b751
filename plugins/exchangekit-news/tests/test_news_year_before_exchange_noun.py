"""A bare year before an exchange noun ("the 2022 swap", "its 2022 swaps") is a year.

"The 2022 swap, in which 215 defenders came home, remains the largest" recalls one
exchange of 2022: the year is its date, not the day of the report. Before a plural
("its 2022 swaps") the year is still no count of exchanges: a bare number from 1800
to 2100 there names when, not how many. A bare year before people ("2024 bodies") is
left as it was.
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
THURSDAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        ("The 2022 swap, in which 215 defenders came home, remains the largest.", ("2022", "215")),
        ("In the 2023 exchange, 100 prisoners were freed by each side.", ("2023", "100")),
        ("A 2024 handover returned 250 bodies to Ukraine, officials recalled.", ("2024", "250")),
    ],
)
def test_news_a_year_before_an_exchange_noun_dates_that_exchange(
    news: News, text: str, leg: tuple[str, str]
) -> None:
    found = news(text, published=THURSDAY).day_counts_as_text()
    assert leg in found
    assert not any(period == THURSDAY.isoformat() for period, _ in found)


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    year=st.integers(min_value=2022, max_value=2024),
    noun=st.sampled_from(["swap", "exchange"]),
)
def test_news_the_recalled_exchange_takes_its_year(
    news: News, n: int, year: int, noun: str
) -> None:
    """Whatever the size and year, the recalled exchange is dated to its year."""
    text = f"The {year} {noun}, in which {n:,} defenders came home, remains the largest."
    assert (str(year), str(Count.exact(n))) in news(text, published=THURSDAY).day_counts_as_text()


def test_news_a_year_before_plural_exchanges_is_no_count_of_them(news: News) -> None:
    """The plural keeps its reading, but 2022 is never the number of swaps."""
    tallies = news("Its 2022 swaps freed 1,500 Ukrainians, the headquarters said.").tallies
    assert all(t.exchange_count != Count.exact(2022) for t in tallies)


def test_news_a_counted_number_of_exchanges_is_still_read(news: News) -> None:
    """Near miss: a count outside the years' range still counts the exchanges."""
    text = "In 58 exchanges, about 4,500 Ukrainians have come home so far."
    assert Count.exact(58) in {t.exchange_count for t in news(text).tallies}


def test_news_a_year_like_figure_before_people_is_not_a_date(news: News) -> None:
    """Near miss: "2023 prisoners" is no exchange noun, so no date is made of it."""
    text = "The swap freed 95 Ukrainians on Monday, and 2023 prisoners are still held."
    assert ("2025-06-09", "95") in news(text, published=THURSDAY).day_counts_as_text()


def test_news_a_figure_before_the_recalled_exchange_is_not_put_in_its_year(news: News) -> None:
    """Near miss: the 1,200 is the swap reported, so the 2022 swap's year must not date it."""
    text = "Kyiv said the swap of 1,200 prisoners beat the 2022 exchange, in which 215 came home."
    assert not any(
        period == "2022" for period, _ in news(text, published=THURSDAY).day_counts_as_text()
    )
