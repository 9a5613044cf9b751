"""'The last day of the year' is 31 December: of the year the sentence names, else the latest.

"On the last day of the year" names a day as surely as "on 31 December" does: the
year is the one the sentence writes, "last year" the one before the report's, and
with none written the latest 31 December the report looks back on, as a yearless
"31 December" is read. "The last day of the talks" names no day of the calendar.
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
EARLY_JANUARY = date(2024, 1, 9)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "LVIV, Jan 9 - Tuesday's swap followed another on the last day of the year, "
            "in which 64 Ukrainian soldiers came home.",
            EARLY_JANUARY,
            "2023-12-31",
        ),
        (
            "LVIV, Jan 9 - On the final day of the year, Russia handed back 91 Ukrainian "
            "prisoners of war, the ombudsman said.",
            EARLY_JANUARY,
            "2023-12-31",
        ),
        (
            "ODESA - Kyiv received 120 of its soldiers from Russia on the last day of last "
            "year, the headquarters said.",
            date(2024, 5, 2),
            "2023-12-31",
        ),
        (
            "ODESA - Looking back at 2022: on the last day of the year, 140 Ukrainian "
            "soldiers were freed from Russian captivity.",
            date(2024, 5, 2),
            "2022-12-31",
        ),
    ],
)
def test_news_the_last_day_of_the_year_is_31_december(
    news: News, text: str, published: date, expected: str
) -> None:
    assert news(text, published=published).periods() == {expected}


def test_news_the_last_day_of_talks_is_no_date(news: News) -> None:
    text = (
        "LVIV, Jan 9 - On the last day of the talks, Russia handed back 91 Ukrainian "
        "prisoners of war, the ombudsman said."
    )
    assert "2023-12-31" not in news(text, published=EARLY_JANUARY).periods()


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1799),
    year=st.integers(min_value=2022, max_value=2025),
)
def test_news_any_count_on_the_last_day_of_a_named_year_is_its_31_december(
    news: News, n: int, year: int
) -> None:
    text = (
        f"ODESA - Looking back at {year}: on the last day of the year, {n:,} Ukrainian "
        "soldiers came home from Russian captivity."
    )
    read = news(text, published=date(2026, 3, 3))
    assert {str(e.period) for e in read.exchanges} == {f"{year}-12-31"}
    assert [t.count for e in read.exchanges for t in e.transfers] == [Count.parse(f"{n:,}")]
