""" "That day" points back to a weekday told a sentence or two before, as to a dated day.

"On Friday night the doorbell rang. ... Her son was among the 80 soldiers who had been
freed that day": Friday dates the 80, as "On 12 March ..." would; a sentence between
does not cut the thread. A month told before ("In March ...") gives no day to point to.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2024, 6, 10)  # a Monday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On Friday night the doorbell rang at the Petrenkos' house. Nobody moved at"
            " first. Their son was among the 80 Ukrainian soldiers freed from Russian captivity"
            " that day.",
            "2024-06-07",
        ),
        (
            "On Saturday morning his wife was at work. Her phone lit up with a number she"
            " did not know. He was one of 120 Russian servicemen who, officials said, came"
            " home from Ukrainian captivity that day.",
            "2024-06-08",
        ),
        (
            "On Thursday the family gathered in the kitchen. They waited. Their brother was"
            " among 45 Ukrainian prisoners released from Russian captivity that day.",
            "2024-06-06",
        ),
    ],
)
def test_news_that_day_is_the_weekday_told_before(news: News, text: str, day: str) -> None:
    assert news(text, published=_PUBLISHED).periods() == {day}


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(2_101, 9_999),
    weekday=st.sampled_from([("Tuesday", 4), ("Wednesday", 5), ("Thursday", 6)]),
)
def test_news_that_day_takes_the_weekday_for_any_count(
    news: News, count: int, weekday: tuple[str, int]
) -> None:
    name, day = weekday
    text = (
        f"On {name} evening the phone rang. A neighbour came round. Her son was among"
        f" the {count:,} Ukrainian soldiers returned from Russian captivity that day."
    )
    assert news(text, published=_PUBLISHED).periods() == {f"2024-06-0{day}"}


def test_news_that_day_after_a_month_has_no_day(news: News) -> None:
    """The near miss: a month told before is no day for "that day" to point to."""
    read = news(
        "In May the phone rang at last. A neighbour came round. Her son was among the 80"
        " Ukrainian soldiers freed from Russian captivity that day.",
        published=_PUBLISHED,
    )
    assert not any(str(e.period).startswith("2024-05-") for e in read.exchanges)
