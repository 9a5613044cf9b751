""" "That day" dates a swap to the day a sentence just before named, past a few between.

"On the morning of 12 March, Olena woke before dawn. By noon she had read that a swap
was under way. Her son was one of 90 soldiers who came home that day, in an exchange
for 90 Russians": "that day" points back to 12 March, though a sentence with no date
stands between (up to three sentences back); without a day to point to, the swap is not given one.
Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]

_PUBLISHED = date(2025, 3, 30)


@pytest.mark.parametrize(
    "text",
    [
        "On the morning of 12 March, Olena woke before dawn. By noon she had read that a "
        "swap was under way. Her son was one of 90 soldiers who came home that day, in an "
        "exchange for 90 Russians.",
        "On 12 March Olena drove to the border. She waited there for hours. Her son was "
        "among 90 soldiers who came home that day, in a swap for 90 Russians.",
        "Olena's phone rang early on 12 March. Nobody spoke at first. On that day 90 "
        "soldiers came home in a swap for 90 Russians.",
    ],
)
def test_news_that_day_points_back_past_an_undated_sentence(news: News, text: str) -> None:
    assert news(text, published=_PUBLISHED).period_values() == {Period.day(date(2025, 3, 12))}


@pytest.mark.parametrize(
    "text",
    [
        # the day named is a statement's, not an event's
        "Officials said on 12 March that talks were going on. Nobody knew more. Her son "
        "was one of 90 soldiers who came home that day, in a swap for 90 Russians.",
        # the day named is too far back
        "On 12 March Olena drove to the border. She waited. She slept. She woke. She ate. "
        "Her son "
        "was one of 90 soldiers who came home that day, in a swap for 90 Russians.",
    ],
)
def test_news_that_day_with_no_event_day_close_before_takes_none_of_it(
    news: News, text: str
) -> None:
    assert Period.day(date(2025, 3, 12)) not in news(text, published=_PUBLISHED).period_values()


@settings(max_examples=20, deadline=None)
@given(day=st.integers(1, 28), count=st.integers(20, 1200))
def test_news_that_day_is_the_day_named_two_sentences_before(
    news: News, day: int, count: int
) -> None:
    text = (
        f"On {day} March Olena drove to the border. She waited there for hours. Her son "
        f"was among {count:,} soldiers who came home that day, in a swap for {count:,} "
        "Russians."
    )
    assert news(text, published=_PUBLISHED).period_values() == {Period.day(date(2025, 3, day))}
