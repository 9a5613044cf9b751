"""A toll "in the first nine months" with no year is this year's January to September.

Told in October, "at least 900 killed in the first nine months alone" counts the
months of this year that have passed: the toll is that span's, not one current on
the day of telling. "the first nine months of 2024" keeps its own year; "the first
eleven months", told in October, cannot be this year's, and is not read as them.
"""

from __future__ import annotations

from .conftest import read

_SAID = (
    "The monitoring mission said this had been the worst year for Ukrainian civilians "
    "since 2022, with at least 900 killed in the first "
)


def test_news_opening_months_with_no_year_are_this_years() -> None:
    days = read(_SAID + "nine months alone.").claim_days_by_count_text()
    assert days == {"at least 900": "2025-01-01/2025-09-30"}


def test_news_opening_months_of_a_named_year_keep_it() -> None:
    # near miss: the year is written, and it is the span's
    days = read(_SAID + "nine months of 2024 alone.").claim_days_by_count_text()
    assert days == {"at least 900": "2024-01-01/2024-09-30"}


def test_news_opening_months_not_yet_past_are_not_this_years() -> None:
    # near miss: eleven months have not passed by October, so they are not this year's
    days = read(_SAID + "eleven months alone.").claim_days_by_count_text()
    assert days["at least 900"] != "2025-01-01/2025-11-30"
