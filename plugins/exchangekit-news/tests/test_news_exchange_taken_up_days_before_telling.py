"""An exchange dated by its telling, taken up by "The exchange took place on <weekday>".

"..., the ministry said on Sunday. The exchange took place on Thursday": a sentence
opening on the exchange with a definite article or a demonstrative, and marking no
second one, gives the exchange just told the day it happened, up to a week before the
telling (a bare weekday is one of the seven days before it). "Another swap took place
on Thursday" is a second exchange, and a full date days back may be one recalled: both
leave the first on its day of telling.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
SUNDAY = date(2022, 6, 5)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "LVIV — Kyiv and Moscow have swapped the bodies of 84 soldiers each, the "
            "ministry said on Sunday.\n\nThe exchange took place on Thursday near the "
            "front line, the ministry added.",
            "2022-06-02",
        ),
        (
            "LVIV — Ukraine got back 37 of its prisoners of war, officials said on "
            "Sunday.\n\nThe swap, the first in a month, was carried out on Wednesday, "
            "they said.",
            "2022-06-01",
        ),
        (
            "LVIV — Russia handed over the remains of 52 servicemen to Ukraine, the "
            "coordination headquarters said on Sunday. That handover took place on "
            "Tuesday in the Sumy region.",
            "2022-05-31",
        ),
    ],
)
def test_news_the_exchange_taken_up_is_dated_days_before_its_telling(
    news: News, text: str, period: str
) -> None:
    assert news(text, published=SUNDAY).periods() == {period}


@pytest.mark.parametrize(
    "second",
    [
        "Another swap took place on Thursday, they said.",
        # a full date days back may be an earlier exchange recalled
        "The swap took place on May 31, they said.",
    ],
)
def test_news_another_exchange_days_before_leaves_the_told_one_on_its_day(
    news: News, second: str
) -> None:
    text = f"LVIV — Ukraine got back 37 of its prisoners of war, officials said on Sunday. {second}"
    assert news(text, published=SUNDAY).periods() == {"2022-06-05"}
