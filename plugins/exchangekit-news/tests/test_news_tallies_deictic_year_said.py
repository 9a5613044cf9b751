"""A total for "this year" or "last year" is the speaker's year, not the reader's.

"The headquarters said last December that 1,200 had been freed this year", read in
June, counts the year before the article's: with a month of saying in another year
the span cannot be placed, so no total is printed rather than one for the wrong year.
Said in the article's own year, "last year" covers that one year, as of the month of
saying.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

JUNE = date(2025, 6, 10)


def spans(read: Any) -> set[tuple[str, str, str, str]]:
    """(count, as-of, covers start, covers end) of every tally read."""
    return {
        (str(t.count), t.as_of.format(), str(t.covers.start), str(t.covers.end))
        for t in read.tallies
    }


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    when=st.sampled_from(["last December", "in December", "in November", "last August"]),
    year=st.sampled_from(["this year", "last year"]),
    freed=st.integers(300, 4_000),
)
def test_news_a_year_told_in_a_month_of_another_year_gives_no_total(
    news: News, when: str, year: str, freed: int
) -> None:
    """Said in a month of the year before the article's, neither year can be placed."""
    text = (
        f"Ukraine's coordination headquarters said {when} that {freed:,} Ukrainians had "
        f"been freed from Russian captivity {year}."
    )
    assert spans(news(text, published=JUNE)) == set()


def test_news_last_year_told_this_january_covers_that_year(news: News) -> None:
    """Said in the article's own year, "last year" is the year before, and only it."""
    text = (
        "The interior ministry said in January that the remains of more than 3,000 fallen "
        "defenders had been brought home last year."
    )
    assert spans(news(text, published=JUNE)) == {
        ("more than 3,000", "2025-01", "2024-01-01", "2024-12-31")
    }


def test_news_this_year_told_this_spring_stands_in_its_month(news: News) -> None:
    """Near miss: "in April ... this year" read in June is the article's own year."""
    text = (
        "Ukraine's coordination headquarters said in April that 1,200 Ukrainians had been "
        "freed from Russian captivity this year."
    )
    assert spans(news(text, published=JUNE)) == {("1,200", "2025-04", "2025-01-01", "2025-04-30")}
