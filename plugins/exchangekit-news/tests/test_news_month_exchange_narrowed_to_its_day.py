"""An exchange told in a month is narrowed to the day a next sentence gives that exchange.

"In January, Ukraine received 600 bodies and sent back 21. The handover took place on 15
January": the sentence takes up the one exchange, so its day is the exchange's date; a
second handover ("Another handover took place on 25 January") leaves it in the month.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2026, 2, 9)
TOLD = "In January, Ukraine received 600 bodies from Russia and sent back 21. "


def periods(news: News, text: str) -> list[str]:
    return [str(e.period) for e in news(text, published=PUBLISHED).exchanges]


@pytest.mark.parametrize(
    "follow",
    [
        "The handover took place on 15 January.",
        "That handover, on 15 January, is the only one completed this year.",
        "This exchange was carried out on 15 January near the border.",
    ],
)
def test_news_the_exchange_taken_up_again_gets_its_day(news: News, follow: str) -> None:
    assert periods(news, TOLD + follow) == ["2026-01-15"]


@pytest.mark.parametrize(
    "follow",
    [
        "Another handover took place on 25 January.",
        "A further handover took place on 25 January.",
        "The talks resumed on 25 January.",
    ],
)
def test_news_a_second_exchange_or_another_event_leaves_the_month(news: News, follow: str) -> None:
    assert periods(news, TOLD + follow) == ["2026-01"]


@settings(max_examples=20, deadline=None)
@given(day=st.integers(min_value=1, max_value=31))
def test_news_any_day_of_the_month_narrows_it(news: News, day: int) -> None:
    text = TOLD + f"The handover took place on {day} January."
    assert periods(news, text) == [f"2026-01-{day:02d}"]
