"""A live blog's day heading set off by rules on both sides: "— Saturday 24 May —".

The rules only frame the heading; the entries under it are of the day it names,
not of the day the page was last updated, as under a bare "Saturday 24 May".
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
SUNDAY = date(2025, 5, 25)


def _blog(heading: str, count: str) -> str:
    return (
        "Live: the three-day swap\n\n"
        "15:20 — Kyiv says 280 Ukrainian soldiers came home today.\n\n"
        f"{heading}\n\n"
        f"18:05 — Both sides confirm that today {count} soldiers went back to each side.\n"
    )


@pytest.mark.parametrize(
    "heading",
    ["— Saturday 24 May —", "– Saturday, 24 May –", "*** Saturday 24 May ***", "— 24 May —"],
)
def test_news_entries_under_a_ruled_day_heading_are_of_that_day(news: News, heading: str) -> None:
    assert news(_blog(heading, "212"), published=SUNDAY).dated_ways() == {
        ("2025-05-25", "RUS", "UKR", "280"),
        ("2025-05-24", "RUS", "UKR", "212"),
        ("2025-05-24", "UKR", "RUS", "212"),
    }


def test_news_a_ruled_line_with_more_than_a_day_is_no_heading(news: News) -> None:
    # near miss: the line says what happened that day, so it heads nothing; "today" stays
    # the day the page was updated
    legs = news(
        _blog("— Saturday 24 May: the second stage —", "212"), published=SUNDAY
    ).dated_ways()
    assert ("2025-05-24", "RUS", "UKR", "212") not in legs


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=2, max_value=999).filter(lambda n: n != 280))
def test_news_a_ruled_day_heading_keeps_each_count(news: News, n: int) -> None:
    exchanges = news(_blog("— Saturday 24 May —", f"{n:,}"), published=SUNDAY).exchanges
    dated = {(str(e.period), t.count) for e in exchanges for t in e.transfers}
    assert ("2025-05-24", Count.exact(n)) in dated
    assert ("2025-05-25", Count.exact(n)) not in dated


@pytest.mark.parametrize("heading", ["— Friday 30 May —", "Friday 30 May", "Monday 26 May"])
def test_news_a_heading_whose_weekday_is_not_its_dates_dates_nothing(
    news: News, heading: str
) -> None:
    # near miss: read as the latest such day before the page's (30 May 2024, a Thursday;
    # 26 May 2024, a Sunday), the date has another weekday, so it heads nothing
    periods = {
        period for period, _, _, _ in news(_blog(heading, "212"), published=SUNDAY).dated_ways()
    }
    assert periods <= {"2025-05-25"}


def test_news_a_heading_whose_weekday_matches_dates_its_entries(news: News) -> None:
    assert ("2025-05-22", "RUS", "UKR", "212") in news(
        _blog("~ Thursday, 22 May ~", "212"), published=SUNDAY
    ).dated_ways()
