"""A holiday's name followed by a comma and a count dates the figure by the holiday.

"On Independence Day, 16 Ukrainian civilians came home": the number after the comma
counts people; only a day with its month ("On Easter Monday, 22 April, ...") is a date
set beside the holiday's name, and then that date is the figure's.
"""

from __future__ import annotations

from .conftest import read


def test_news_a_count_after_a_holiday_is_no_day_of_the_month() -> None:
    found = read("On Independence Day, 16 Ukrainian civilians came home from Russia.")
    assert found.dated_ways() == {("2025-08-24", "RUS", "UKR", "16")}


def test_news_a_feast_weekday_then_a_count_is_that_weekday() -> None:
    found = read("On Easter Monday, 16 Ukrainian civilians came home from Russia.")
    assert found.dated_ways() == {("2025-04-21", "RUS", "UKR", "16")}


def test_news_a_day_and_month_beside_a_holiday_still_date_the_figure() -> None:
    # near miss: a day with its month after the comma is the date in apposition
    found = read("On Easter Monday, 22 April, 16 Ukrainian civilians came home from Russia.")
    assert found.dated_ways() == {("2025-04-22", "RUS", "UKR", "16")}
