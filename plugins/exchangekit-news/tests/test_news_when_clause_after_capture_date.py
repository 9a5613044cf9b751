"""A "when" clause hung on the date of a capture ("captured in 2022, when ...").

"The nurse was taken prisoner in 2022, when Ukraine got back 140 soldiers in one swap"
dates the capture, and the "when" clause set off after that date tells what else
happened then: the exchange in it took place in the same year (or month), not on the
day of the report. A "when" clause with a date of its own keeps that date; one closed
by a comma before "and" leaves the figure after it undated by the capture.
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
        (
            "The nurse had been captured near Izium in 2022, when Ukraine got back 140"
            " soldiers in one swap.",
            ("2022", "140"),
        ),
        (
            "He was captured at the steel plant in May 2022, when Russia returned 38"
            " defenders in an exchange.",
            ("2022-05", "38"),
        ),
        (
            "Both pilots were taken prisoner in 2023, when Kyiv, for its part, recovered"
            " 77 servicemen in a swap.",
            ("2023", "77"),
        ),
    ],
)
def test_news_a_when_clause_after_a_capture_date_takes_that_date(
    news: News, text: str, leg: tuple[str, str]
) -> None:
    found = news(text, published=THURSDAY).day_counts_as_text()
    assert leg in found
    assert not any(period == THURSDAY.isoformat() for period, _ in found)


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    year=st.integers(min_value=2022, max_value=2024),
)
def test_news_the_when_clause_exchange_is_never_dated_the_report_day(
    news: News, n: int, year: int
) -> None:
    """Whatever the size and year, the exchange in the "when" clause takes the year."""
    text = f"The medic was captured in {year}, when Ukraine got back {n:,} soldiers in a swap."
    assert news(text, published=THURSDAY).day_counts_as_text() == {(str(year), str(Count.exact(n)))}


def test_news_a_when_clause_closed_by_comma_and_gives_nothing(news: News) -> None:
    """Near miss: ", and" closes the "when" clause; the figure past it is not of May 2022."""
    text = (
        "The medic was captured in May 2022, when Mariupol fell, and Ukraine got back"
        " 140 soldiers in a swap."
    )
    assert all(
        period != "2022-05" for period, _ in news(text, published=THURSDAY).day_counts_as_text()
    )


def test_news_a_capture_date_without_when_dates_no_exchange(news: News) -> None:
    """Near miss: a capture's date in a clause of its own still dates only the capture."""
    text = "The medic was captured in 2022; Ukraine got back 140 soldiers on Tuesday."
    assert news(text, published=THURSDAY).day_counts_as_text() == {("2025-06-10", "140")}
