"""'Of N each' after a list of handover days sizes each handover, not each side.

"Two further repatriations took place, on 4 and on 9 March, of 700 remains each": the
"each" shares the figure out over the handovers counted and dated, so each day has one
leg of that size, to the side the text names; with no side named, nothing is printed.
A swap "of N each" between two sides is not this form. Weekdays set in a week ("on
Thursday of last week and on Tuesday of this one") are two days of a list too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_PUBLISHED = date(2025, 3, 28)


@settings(max_examples=15, deadline=None)
@given(n=st.integers(min_value=101, max_value=999))
def test_news_each_after_listed_days_is_one_way_per_day(news: News, n: int) -> None:
    """Invariant: whatever the size, one leg per listed day, to the side named before."""
    found = news(
        "Kyiv has been taking back the bodies of its fallen soldiers. Two further "
        f"repatriations took place, on March 4 and on March 9, of {n} bodies each.",
        published=_PUBLISHED,
    ).dated_ways()
    assert found == {
        ("2025-03-04", "RUS", "UKR", str(n)),
        ("2025-03-09", "RUS", "UKR", str(n)),
    }


def test_news_each_after_listed_days_carries_on_the_handover_told(news: News) -> None:
    """Harder form: the side comes from the handover of the sentence before."""
    found = news(
        "Moscow handed 900 bodies to Ukraine in February. Two more handovers followed, "
        "on 11 March and again on 18 March, of 450 remains each.",
        published=_PUBLISHED,
    ).dated_ways()
    assert ("2025-03-11", "RUS", "UKR", "450") in found
    assert ("2025-03-18", "RUS", "UKR", "450") in found
    assert not any(s == "UKR" for _, s, _, _ in found)


def test_news_each_after_listed_days_without_a_side_prints_nothing(news: News) -> None:
    """Near miss: no side is named anywhere, so no direction is guessed."""
    found = news(
        "Repatriations have gone on through the winter. Two more handovers followed, "
        "on March 4 and on March 9, of 600 bodies each.",
        published=_PUBLISHED,
    ).dated_ways()
    assert not any(c == "600" for *_, c in found)


def test_news_sides_exchanging_n_each_stay_per_side(news: News) -> None:
    """Near miss: two sides swapping "N each" on a day is N each way."""
    found = news(
        "Ukraine and Russia swapped 140 prisoners each on March 21.", published=_PUBLISHED
    ).dated_ways()
    assert found == {("2025-03-21", "UKR", "RUS", "140"), ("2025-03-21", "RUS", "UKR", "140")}


def test_news_weekdays_of_last_and_this_week_are_two_days(news: News) -> None:
    """ "on Thursday of last week and on Tuesday of this one": two days of a list."""
    found = news(
        "Kyiv has been taking back the bodies of its fallen soldiers. Two further "
        "handovers took place, on Thursday of last week and on Tuesday of this one, "
        "of 800 bodies each.",
        published=_PUBLISHED,
    ).dated_ways()
    assert found == {("2025-03-20", "RUS", "UKR", "800"), ("2025-03-25", "RUS", "UKR", "800")}


@settings(max_examples=20, deadline=None)
@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2025, 12, 31)))
def test_news_weekday_of_last_week_is_in_the_week_before(news: News, published: date) -> None:
    """Invariant: "on Wednesday of last week" is that weekday of the week before the report's."""
    found = news(
        "Russia handed 300 bodies to Ukraine on Wednesday of last week.", published=published
    ).dated_ways()
    monday = published - timedelta(days=published.weekday() + 7)
    assert found == {(str(monday + timedelta(days=2)), "RUS", "UKR", "300")}


def test_news_this_one_with_no_week_before_is_no_week(news: News) -> None:
    """Near miss: "of this one" with no week named before it does not widen the day."""
    found = news(
        "Russia handed 300 bodies to Ukraine on Tuesday of this one.", published=_PUBLISHED
    ).dated_ways()
    assert found == {("2025-03-25", "RUS", "UKR", "300")}
