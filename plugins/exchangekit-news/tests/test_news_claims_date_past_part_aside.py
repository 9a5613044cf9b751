"""A toll's date told after an aside naming a part of its people.

"the deaths of 640 civilians, including 41 children, up to the end of Sunday": the
aside between commas says who is among the dead; the clause of the toll goes on
after it, so the date there is the toll's, not the day of the report.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Period

News = Callable[..., Any]

_PUBLISHED = date(2024, 6, 14)  # a Friday
_SUNDAY = Period.day(date(2024, 6, 9))


def _dated(result: Any) -> dict[Count, Period]:
    return {c.count: c.as_of for c in result.claims}


def test_news_date_after_including_aside(news: News) -> None:
    text = (
        "The monitoring mission said it had verified the deaths of 640 civilians in "
        "Ukraine, including 41 children, up to midnight on Sunday."
    )
    assert _dated(news(text, published=_PUBLISHED))[Count.parse("640")] == _SUNDAY


def test_news_date_after_among_them_aside(news: News) -> None:
    text = (
        "Monitors said 2,180 Ukrainian civilians had been killed, among them 130 "
        "children, as of Sunday, adding that the real toll was higher."
    )
    assert _dated(news(text, published=_PUBLISHED))[Count.parse("2,180")] == _SUNDAY


def test_news_date_after_aside_in_month(news: News) -> None:
    text = (
        "The mission said it had confirmed the deaths of 174 civilians in Ukraine, "
        "including 12 children, in May."
    )
    assert _dated(news(text, published=_PUBLISHED))[Count.parse("174")] == Period.month(2024, 5)


def test_news_date_past_another_figure_stays_with_it(news: News) -> None:
    """Near miss: a date after a later figure of its own is that figure's, not the toll's."""
    text = (
        "The mission said it had confirmed the deaths of 640 civilians in Ukraine, "
        "including 41 children, and 35 more killed on Sunday."
    )
    read = _dated(news(text, published=_PUBLISHED))
    assert read[Count.parse("640")] == Period.day(_PUBLISHED)


@settings(max_examples=20, deadline=None)
@given(
    dead=st.integers(2_200, 90_000),
    part=st.integers(10, 1_799),
    aside=st.sampled_from(["including {n:,} children", "among them {n:,} children"]),
)
def test_news_aside_leaves_the_toll_its_date(news: News, dead: int, part: int, aside: str) -> None:
    text = (
        f"The mission said it had verified the deaths of {dead:,} civilians in Ukraine, "
        f"{aside.format(n=part)}, up to midnight on Sunday."
    )
    assert _dated(news(text, published=_PUBLISHED))[Count.parse(f"{dead:,}")] == _SUNDAY
