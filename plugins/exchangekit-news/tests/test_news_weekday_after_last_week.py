"""A weekday set in "last week": "Last week, on Tuesday, 45 soldiers came home".

"Last week" followed by "on" and a weekday names that weekday of the calendar week
before the report's, as "on Tuesday last week" does: the day, not the whole week.
"Last week" with no weekday still stands for the week.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange

_PUBLISHED = date(2023, 5, 22)  # a Monday; the week before runs 15-21 May
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _exchanges(
    text: str, published: date = _PUBLISHED
) -> list[tuple[str, set[tuple[str, str, Count]]]]:
    """(period, {(sender, receiver, count)}) of every exchange read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=published, publisher="Desk"
    )
    return [
        (str(item.period), {(t.sender.code, t.receiver.code, t.count) for t in item.transfers})
        for item in items
        if isinstance(item, Exchange)
    ]


def test_news_last_week_comma_on_weekday_is_that_day() -> None:
    assert _exchanges(
        "Last week, on Wednesday, 63 Ukrainian prisoners of war came home from Russia."
    ) == [("2023-05-17", {("RUS", "UKR", Count.exact(63))})]


def test_news_last_week_on_weekday_without_commas() -> None:
    assert _exchanges("Last week on Saturday Russia handed 12 Ukrainian civilians back.") == [
        ("2023-05-20", {("RUS", "UKR", Count.exact(12))})
    ]


def test_news_last_week_on_weekday_both_ways() -> None:
    assert _exchanges(
        "Last week, on Monday, Kyiv got back 90 soldiers and Moscow received 90 of its own."
    ) == [
        (
            "2023-05-15",
            {("RUS", "UKR", Count.exact(90)), ("UKR", "RUS", Count.exact(90))},
        )
    ]


def test_news_last_week_alone_stays_the_week() -> None:
    # near miss: no weekday given, so the week is all the text says
    assert _exchanges("Last week 63 Ukrainian prisoners of war came home from Russia.") == [
        ("2023-W20", {("RUS", "UKR", Count.exact(63))})
    ]


@settings(max_examples=30, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=2000),
    weekday=st.sampled_from(_WEEKDAYS),
    published=st.dates(min_value=date(2022, 6, 1), max_value=date(2026, 6, 1)),
)
def test_news_last_week_weekday_lies_in_the_calendar_week_before(
    n: int, weekday: str, published: date
) -> None:
    """Whatever the day of the report, the weekday is in the week before the report's."""
    found = _exchanges(
        f"Last week, on {weekday}, {n:,} Ukrainian soldiers came home from Russia.", published
    )
    monday = published - timedelta(days=published.weekday())
    day = monday - timedelta(days=7 - _WEEKDAYS.index(weekday))
    assert found == [(day.isoformat(), {("RUS", "UKR", Count.exact(n))})]
