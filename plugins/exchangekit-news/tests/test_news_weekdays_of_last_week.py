"""A list of weekdays set in "last week" names the days of the week before the report's.

Told on a Friday, "on Tuesday and Thursday last week" is not the Tuesday and Thursday
just gone; a lone weekday is left as it was read before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=20, deadline=None)
@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2025, 12, 31)))
def test_news_listed_weekdays_after_last_week_fall_in_the_week_before(
    periods: Callable[[str, date], set[str]], published: date
) -> None:
    found = periods(
        "On Tuesday and Thursday last week, Ukraine brought home 52 and 117 soldiers respectively.",
        published,
    )
    monday = published - timedelta(days=published.weekday() + 7)
    assert found == {str(monday + timedelta(days=1)), str(monday + timedelta(days=3))}


def test_news_weekdays_in_a_clause_opened_by_last_week(
    periods: Callable[[str, date], set[str]],
) -> None:
    # the harder form: "last week" opens the sentence, the weekdays come far after it
    found = periods(
        "Last week, in exchanges on Monday and Saturday, Kyiv recovered 52 and 117"
        " soldiers respectively.",
        date(2025, 6, 20),
    )
    assert found == {"2025-06-09", "2025-06-14"}


def test_news_listed_weekdays_without_last_week_stay_nearest(
    periods: Callable[[str, date], set[str]],
) -> None:
    # near miss: no "last week", the nearest Tuesday and Thursday before a Friday
    found = periods(
        "On Tuesday and Thursday, Ukraine brought home 52 and 117 soldiers respectively.",
        date(2025, 6, 20),
    )
    assert found == {"2025-06-17", "2025-06-19"}
