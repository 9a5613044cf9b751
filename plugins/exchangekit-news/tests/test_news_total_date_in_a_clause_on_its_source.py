"""A date in a relative clause on a total's source is not the day the total stands on.

"That took the number freed to 2,410, according to the headquarters, which has not
yet counted this weekend's return": the clause after the source tells of the source,
so the total keeps the date it would have without it, and never spans that weekend
alone. A clause right after the figure ("2,410, which was reached on Friday") is
the total's own and still dates it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
MONDAY = date(2025, 5, 12)
FIRST = "Russia freed 60 Ukrainian soldiers on May 3. "


def _tallies(result: Any) -> set[tuple[str, str]]:
    return {(str(t.as_of), str(t.covers)) for t in result.tallies}


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            FIRST + "That took to 2,410 the number of Ukrainians freed since 2022, according to "
            "the headquarters, which has not yet counted this weekend's return.",
            "2025-05-03",
        ),
        (
            FIRST + "The number of Ukrainians freed since 2022 stood at 2,410, according to the "
            "headquarters, which did not count this weekend's return.",
            "2025-05-12",
        ),
        (
            FIRST + "In all, 2,410 Ukrainians have been freed since 2022, said the ombudsman, "
            "who will travel to Geneva next week.",
            "2025-05-12",
        ),
    ],
)
def test_news_source_clause_date_is_not_the_totals(news: News, text: str, as_of: str) -> None:
    assert _tallies(news(text, published=MONDAY)) == {(as_of, f"2022-02-24/{as_of}")}


def test_news_clause_on_the_figure_still_dates_it(news: News) -> None:
    # near-miss: the clause right after the figure is the total's own
    text = (
        FIRST + "The number of Ukrainians freed since 2022 stood at 2,410, which the "
        "headquarters reached on Friday."
    )
    assert _tallies(news(text, published=MONDAY)) == {("2025-05-09", "2022-02-24/2025-05-09")}


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=2101, max_value=9999))
def test_news_source_clause_never_dates_the_total(news: News, total: int) -> None:
    """Whatever the figure, the total stands on the day it is told, not the clause's weekend."""
    text = (
        FIRST + f"The number of Ukrainians freed since 2022 stood at {total:,}, according to "
        "the headquarters, which did not count this weekend's return."
    )
    assert _tallies(news(text, published=MONDAY)) == {("2025-05-12", "2022-02-24/2025-05-12")}
