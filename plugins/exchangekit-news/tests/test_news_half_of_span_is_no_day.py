"""A figure put in a half or quarter that is no year's takes no day told before.

"The sides swapped prisoners on 3, 9 and 17 May. Russia received 94 soldiers in the
second half.": a half of the month is no day and no rank into the listed days, so the
94 is not dated on any of them (nor on the day of publication); it is an honest miss.
A figure with its own day keeps it, and "the second one" still picks a listed day.
Every text here is read as published on 10 June 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

PUBLISHED = date(2025, 6, 10)
_DAYS = "The two sides traded prisoners on 3, 9 and 17 May."


@settings(max_examples=12, deadline=None)
@given(
    st.integers(min_value=20, max_value=400),
    st.sampled_from(["first", "second"]),
    st.sampled_from(
        [
            "Russia received {n} soldiers in the {rank} half.",
            "Moscow got {n} of its servicemen back in the {rank} half of the month.",
            "In the {rank} half, Ukraine brought home {n} defenders.",
        ]
    ),
)
def test_news_a_half_of_the_month_dates_no_handover(
    news: Callable[..., Any], n: int, rank: str, template: str
) -> None:
    read = news(f"{_DAYS} {template.format(n=n, rank=rank)}", published=PUBLISHED)
    assert not any(count == str(n) for *_, count in read.day_receipts())


def test_news_a_figure_with_its_own_day_keeps_it(news: Callable[..., Any]) -> None:
    # near-miss: the day is told, the half only describes it
    read = news(
        "Russia received 94 soldiers on 17 May, in the second half of the month.",
        published=PUBLISHED,
    )
    assert read.day_receipts() == {("2025-05-17", "RUS", "94")}


def test_news_the_second_swap_is_still_a_rank_into_the_list(news: Callable[..., Any]) -> None:
    # near-miss: "the second one" does rank into the listed days
    read = news(f"{_DAYS} Russia received 94 soldiers in the second one.", published=PUBLISHED)
    assert read.day_receipts() == {("2025-05-09", "RUS", "94")}
