"""Sizes "respectively" pairs with listed days keep them, however the days are grouped.

"Moscow returned 900 bodies on 4 March, as many on 15 April and again on 27 May,
taking back 12, 20 and 26 respectively": "again" joins
the last two days into one list, but "respectively" has already paired the
three sizes with the three days one by one, so each is that day's return leg.
Sizes told over a list of dates of another length with no such pairing ("60
and 75 bodies each in March, April and May") are still read on no day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]

_DECEMBER = date(2025, 12, 13)


@pytest.mark.parametrize(
    ("text", "days", "sizes"),
    [
        (
            "Moscow handed back 900 bodies on 4 March, the same number on 9 April and again "
            "on 2 May, receiving 12, 25 and 40 bodies of its own soldiers respectively.",
            ("2025-03-04", "2025-04-09", "2025-05-02"),
            ("12", "25", "40"),
        ),
        (
            "Russia returned 700 bodies on 6 June, the same number on 20 June and again on "
            "4 July, getting back 14, 22 and 9 bodies of its servicemen respectively.",
            ("2025-06-06", "2025-06-20", "2025-07-04"),
            ("14", "22", "9"),
        ),
        (
            "Ukraine received 500 bodies on 3 February, the same number on 17 February and "
            "again on 3 March, handing over 8, 16 and 21 bodies respectively.",
            ("2025-02-03", "2025-02-17", "2025-03-03"),
            ("8", "16", "21"),
        ),
    ],
)
def test_news_respective_sizes_keep_their_days_when_again_groups_the_last_two(
    news: News, text: str, days: tuple[str, ...], sizes: tuple[str, ...]
) -> None:
    legs = news(text, published=_DECEMBER).day_receipts()
    assert {(day, "RUS", size) for day, size in zip(days, sizes, strict=True)} <= legs
    assert len([leg for leg in legs if leg[1] == "RUS"]) == 3


def test_news_sizes_over_more_dates_without_respectively_stay_on_no_day(news: News) -> None:
    assert (
        news("Kyiv got back 60 and 75 bodies each in March, April and May.").day_receipts() == set()
    )


@given(sizes=st.lists(st.integers(min_value=2, max_value=99), min_size=3, max_size=3, unique=True))
def test_news_each_respective_size_goes_to_its_own_day(news: News, sizes: list[int]) -> None:
    a, b, c = sizes
    text = (
        "Moscow handed back 900 bodies on 4 March, the same number on 9 April and again "
        f"on 2 May, receiving {a}, {b} and {c} bodies of its own soldiers respectively."
    )
    legs = news(text, published=_DECEMBER).day_receipts()
    assert {leg for leg in legs if leg[1] == "RUS"} == {
        ("2025-03-04", "RUS", str(a)),
        ("2025-04-09", "RUS", str(b)),
        ("2025-05-02", "RUS", str(c)),
    }
