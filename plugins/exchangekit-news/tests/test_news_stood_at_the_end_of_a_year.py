"""A count that "stood at" a figure "at the end of" a year is the count of its last day.

"The tally of named dead stood at 61,200 at the end of last year" gives the level on
31 December, as "as of the end of 2024" does; "last year" is the year before the
report. A loss told as happening "at the end of last year" keeps the whole year: it
is no level, and its day is not told.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read

REPORT = date(2025, 2, 11)


@pytest.mark.parametrize(
    "when",
    ["at the end of last year", "at the end of 2024"],
)
def test_news_a_count_that_stood_at_a_figure_at_a_years_end(when: str) -> None:
    text = (
        "The tally of Russian soldiers killed, compiled from obituaries by volunteers, "
        f"stood at 61,200 {when}.\n"
    )
    assert read(text, published=REPORT).claim_days_of(61200) == {"2024-12-31"}


def test_news_as_of_the_end_of_last_year_is_its_last_day() -> None:
    text = "Volunteers put the number of Russian soldiers killed at 61,200 as of the end of 2024.\n"
    assert read(text, published=REPORT).claim_days_of(61200) == {"2024-12-31"}


def test_news_a_loss_at_the_end_of_last_year_is_no_level() -> None:
    # near miss: no "stood at", so nothing says the count was taken on the last day
    text = "Volunteers said 61,200 Russian soldiers were killed at the end of last year.\n"
    assert read(text, published=REPORT).claim_days_of(61200) == {"2024"}
