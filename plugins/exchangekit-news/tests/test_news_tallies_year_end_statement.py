"""A past year's total told in a "year-end" statement stands on that year's last day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]

_PUBLISHED = date(2024, 1, 10)


def test_news_year_end_statement_dates_the_years_total_at_its_end(news: News) -> None:
    result = news(
        "The ministry said in its year-end statement that 940 Ukrainians had returned "
        "from captivity in 2023.",
        published=_PUBLISHED,
    )
    (tally,) = result.tallies
    assert str(tally.count) == "940"
    assert str(tally.as_of) == "2023-12-31"
    assert str(tally.covers).startswith("2023-01-01")


def test_news_end_of_year_report_with_a_passive_is_read_the_same(news: News) -> None:
    # a harder form: "end-of-year" hyphenated, a fronted report and a passive of freeing
    result = news(
        "In an end-of-year report, the ombudsman wrote that 940 prisoners of war were "
        "freed from Russian captivity in 2023.",
        published=_PUBLISHED,
    )
    (tally,) = result.tallies
    assert str(tally.as_of) == "2023-12-31"


def test_news_plain_saying_of_a_years_total_keeps_its_usual_date(news: News) -> None:
    # near miss: no year-end occasion; the total keeps the day it is told
    result = news(
        "The ministry said that 940 Ukrainians had returned from captivity in 2023.",
        published=_PUBLISHED,
    )
    (tally,) = result.tallies
    assert str(tally.as_of) == "2024-01-10"


def test_news_year_end_deadline_is_not_a_statement(news: News) -> None:
    # near miss: "by year-end" is a deadline of a plan, nothing done to date
    result = news(
        "The ministry hopes that by year-end 940 more Ukrainians will come home.",
        published=_PUBLISHED,
    )
    assert not result.tallies
