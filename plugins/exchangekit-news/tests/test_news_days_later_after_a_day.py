"""A count of days set off right after a day restates that day; it does not move it.

"The swap set for 24 January fell through. On 31 January, exactly a week later, the
sides swapped 195 each": "a week later" says how far 31 January came after the day
told before; the swap is on 31 January, not a week after it. "Two days later, 60
more came home", with no day of its own, still counts on from the day told before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]
LATER = date(2024, 3, 20)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The swap set for 24 January fell through. On 31 January, exactly a week "
            "later, the two sides swapped 195 prisoners each.",
            "2024-01-31",
        ),
        (
            "On January 31, a week later, Russia and Ukraine exchanged 195 prisoners each.",
            "2024-01-31",
        ),
        ("On 12 March, two days later, Kyiv received 60 soldiers from Russia.", "2024-03-12"),
        ("On March 12, two days later, Kyiv received 60 soldiers from Russia.", "2024-03-12"),
    ],
)
def test_news_days_later_set_off_after_a_day_keep_that_day(news: News, text: str, day: str) -> None:
    assert news(text, published=LATER).periods() == {day}


def test_news_days_later_with_no_day_of_their_own_still_count_on(news: News) -> None:
    text = (
        "On 10 March, Ukraine got back 40 prisoners of war from Russia. Two days later, "
        "60 more came home."
    )
    assert news(text, published=LATER).periods() == {"2024-03-10", "2024-03-12"}


@given(
    day=st.integers(min_value=1, max_value=28),
    weeks=st.sampled_from(["a week", "two weeks", "three days", "exactly a week"]),
    n=st.integers(min_value=2, max_value=1500).filter(lambda n: not 1800 <= n <= 2100),
)
def test_news_a_count_of_days_after_a_day_never_moves_it(
    news: News, day: int, weeks: str, n: int
) -> None:
    text = f"On {day} February, {weeks} later, Kyiv received {n:,} soldiers from Russia."
    assert news(text, published=LATER).periods() == {f"2024-02-{day:02d}"}
