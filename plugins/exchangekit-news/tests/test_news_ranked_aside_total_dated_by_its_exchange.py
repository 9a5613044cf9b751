"""A running total the exchange raised stands on that exchange's day, its rank aside or not.

"The swap, the 61st of the war by Kyiv's count, took the number freed to 6,020": the
rank set off between commas is an aside on the exchange, which still raised the total,
so the total is as of the swap's day, as it is without the aside. So is a total reported
"with this exchange" in the past perfect of reported speech. A rank set off after talks
names no exchange, and the total stays on the statement's day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

_LEAD = (
    "KYIV, March 7 (Desk Wire) - Ukraine and Russia swapped prisoners on Wednesday, with 115 "
    "Ukrainians, most of them border guards held since 2022, crossing back near Sumy.\n\n"
)
_PUBLISHED = date(2024, 3, 7)


@pytest.mark.parametrize(
    "sentence",
    [
        "The swap, the 61st of the war by Kyiv's count, took the total number of Ukrainians "
        "returned from captivity to 6,020, the coordination headquarters said.",
        "The headquarters said the exchange, the 61st since the invasion began, had "
        "brought the number of Ukrainians freed to 6,020.",
        "Officials in Kyiv said that with this exchange the number of Ukrainians freed from "
        "captivity since February 2022 had passed 6,020, in 61 exchanges.",
    ],
)
def test_news_a_total_the_exchange_raised_stands_on_its_day(
    news: Callable[..., Any], sentence: str
) -> None:
    result = news(_LEAD + sentence + "\n", published=_PUBLISHED)
    assert result.tally_days() == {"2024-03-06"}


def test_news_a_ranked_aside_on_talks_does_not_date_the_total_by_the_exchange(
    news: Callable[..., Any],
) -> None:
    result = news(
        _LEAD + "The talks, the 12th round since the invasion, brought the number of "
        "Ukrainians freed to 6,020, the headquarters said.\n",
        published=_PUBLISHED,
    )
    assert result.tally_days() == {"2024-03-07"}
