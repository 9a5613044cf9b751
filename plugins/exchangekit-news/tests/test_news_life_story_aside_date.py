"""A date in a "who" aside on someone, closed before the figure, is that person's own past.

"Hrytsenko, a former bus driver who volunteered in 2014, is among the 95 freed on
Friday": the year tells when the driver volunteered, not when the 95 came home; the
day after the figure dates the handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
PUBLISHED = date(2025, 5, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Hrytsenko, a former bus driver who volunteered for the territorial defence in 2014, "
        "is now among the 95 Ukrainian servicemen that Russia handed back on Friday, "
        "officials said.",
        "Marta Ilchuk, 29 - a paramedic who signed her first contract in 2020 and served in "
        "Mariupol, according to her sister, - is one of the 95 Ukrainians freed from Russian "
        "captivity on Friday.",
        "Ostap, the youngest of three brothers who all enlisted in March 2022, was one of 95 "
        "Ukrainian servicemen released by Russia on Friday.",
    ],
)
def test_news_life_story_year_does_not_date_the_swap(news: News, text: str) -> None:
    assert news(text, published=PUBLISHED).periods() == {"2025-05-09"}


@pytest.mark.parametrize(
    "text",
    [
        # the aside tells the handover itself: its day is the exchange's
        "Hrytsenko, a medic who came home from Russian captivity on Friday, is one of 95 "
        "Ukrainian servicemen freed in the swap.",
        # the aside tells a saying: the day of the statement still dates what it tells
        "Ukraine got back 95 servicemen. Among them is Hrytsenko, a medic who said on Friday "
        "that the 95 Ukrainian servicemen were freed by Russia.",
    ],
)
def test_news_aside_that_tells_the_swap_keeps_its_day(news: News, text: str) -> None:
    assert news(text, published=PUBLISHED).periods() == {"2025-05-09"}
