"""A running total that "rose to" (reached) its figure "in <month>" is as of that month.

"The number brought home since 2022 rose to 1,450 in June": June is when the total got
there, not the span it covers, so the tally is as of June and covers the war up to it.
The month must be over when the text is written; a month still running leaves the
total as of the publication.
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
PUBLISHED = date(2025, 10, 23)


def _tallies(news: News, text: str) -> dict[Count, tuple[str, str]]:
    return {t.count: (str(t.as_of), str(t.covers)) for t in news(text, published=PUBLISHED).tallies}


@pytest.mark.parametrize(
    ("text", "count", "as_of", "covers"),
    [
        (
            "The number of Ukrainians brought home since 2022 rose to 2,640 in July.",
            2_640,
            "2025-07",
            "2022-02-24/2025-07-31",
        ),
        (
            "Ukraine's tally of soldiers brought home climbed to 3,200 in August.",
            3_200,
            "2025-08",
            "2022-02-24/2025-08-31",
        ),
        (
            "The number of Ukrainians brought home since 2022 reached 1,180 in May.",
            1_180,
            "2025-05",
            "2022-02-24/2025-05-31",
        ),
    ],
)
def test_a_total_reached_in_a_closed_month_is_as_of_it(
    news: News, text: str, count: int, as_of: str, covers: str
) -> None:
    assert _tallies(news, text).get(Count.exact(count)) == (as_of, covers)


def test_a_total_reached_in_the_month_still_running_stays_as_of_publication(
    news: News,
) -> None:
    text = "The number of Ukrainians brought home since 2022 rose to 2,640 in October."
    assert _tallies(news, text).get(Count.exact(2_640)) == (
        "2025-10-23",
        "2022-02-24/2025-10-23",
    )


def test_a_month_of_a_later_clause_leaves_the_total_as_of_publication(news: News) -> None:
    text = (
        "The number of Ukrainians brought home since 2022 rose to 2,640, and in July "
        "another 35 came back."
    )
    assert _tallies(news, text).get(Count.exact(2_640), ("", ""))[0] == "2025-10-23"


@settings(max_examples=25, deadline=None)
@given(
    total=st.integers(min_value=2_101, max_value=90_000),
    month=st.sampled_from(
        [("January", 1), ("March", 3), ("May", 5), ("July", 7), ("September", 9)]
    ),
)
def test_the_month_reached_is_the_as_of_date(
    news: News, total: int, month: tuple[str, int]
) -> None:
    name, number = month
    text = f"The number of Ukrainians brought home since 2022 rose to {total:,} in {name}."
    tallies = _tallies(news, text)
    assert tallies.get(Count.exact(total), ("", ""))[0] == f"2025-{number:02d}"
