"""A day inside the season its clause names is the more precise date of one exchange.

"In the autumn, Ukraine got back 108 women in an exchange on 17 October": the season
frames the story, and the day told inside it is the exchange's. A day outside the
season ("In the autumn, ... in a swap on 3 December") is not inside it, so the reading
stays the season's span.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]
NEW_YEARS_EVE = date(2022, 12, 31)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Earlier in the autumn, Ukraine got back 108 women in an all-female exchange on "
            "17 October.",
            "2022-10-17",
        ),
        ("In the summer, Kyiv received 90 soldiers in a swap on 25 June.", "2022-06-25"),
        ("In the spring, Russia handed back 40 civilians on April 9.", "2022-04-09"),
    ],
)
def test_news_a_day_inside_the_season_dates_the_exchange(news: News, text: str, day: str) -> None:
    assert news(text, published=NEW_YEARS_EVE).periods() == {day}


def test_news_a_day_outside_the_season_leaves_the_season(news: News) -> None:
    text = "In the autumn, Kyiv received 90 soldiers in a swap on 3 December."
    assert news(text, published=NEW_YEARS_EVE).periods() == {"2022-09-01/2022-11-30"}


@given(
    month=st.sampled_from(["September", "October", "November"]),
    day=st.integers(min_value=1, max_value=28),
    n=st.integers(min_value=2, max_value=1500).filter(lambda n: not 1800 <= n <= 2100),
)
def test_news_any_day_of_an_autumn_month_dates_the_autumn_swap(
    news: News, month: str, day: int, n: int
) -> None:
    number = {"September": 9, "October": 10, "November": 11}[month]
    text = f"In the autumn, Kyiv received {n:,} soldiers in a swap on {day} {month}."
    assert news(text, published=NEW_YEARS_EVE).periods() == {f"2022-{number:02d}-{day:02d}"}
