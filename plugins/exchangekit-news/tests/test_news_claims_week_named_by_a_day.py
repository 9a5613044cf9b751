"""A figure dated "in the week of 6 October": the week that holds the day, not the day.

"In the week of 6 October the army command reported 5,100 Russian casualties": the
figure is the whole week's, so its date is the ISO week (Monday to Sunday) holding the
day named. A day alone ("on 6 October") keeps its day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Period, Precision

News = Callable[..., Any]

_PUBLISHED = date(2025, 11, 20)


@settings(max_examples=20, deadline=None)
@given(
    back=st.integers(7, 200),
    n=st.integers(2_000, 9_000),
    first=st.booleans(),
)
def test_news_a_figure_for_the_week_of_a_day_is_dated_that_week(
    news: News, back: int, n: int, first: bool
) -> None:
    day = _PUBLISHED - timedelta(days=back)
    named = f"{day.day} {day:%B}"
    told = f"Ukraine's army command reported {n:,} Russian casualties"
    text = f"In the week of {named}, {told}." if first else f"{told} in the week of {named}."
    week = Period.containing(day, Precision.WEEK)
    assert news(text, published=_PUBLISHED).claim_days_of(n) == {str(week)}


def test_news_the_week_of_a_day_with_its_year(news: News) -> None:
    text = "Kyiv's count gave 6,480 Russian casualties for the week of 2 June 2025."
    assert news(text, published=_PUBLISHED).claim_days_of(6_480) == {"2025-W23"}


def test_news_a_day_alone_keeps_its_day(news: News) -> None:
    """The near miss: no "week of", so the figure is the day's."""
    text = "Ukraine's army command reported 1,120 Russian casualties on 6 October."
    assert news(text, published=_PUBLISHED).claim_days_of(1_120) == {"2025-10-06"}
