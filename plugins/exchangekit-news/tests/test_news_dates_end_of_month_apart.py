""" "The end of March" leaves out an exchange told on the 4th, as "late March" does.

"60 Ukrainians came home on 4 March. At the end of March, 85 were freed": the end of
the month holds no 4th, so the second figure is another exchange, not a rival figure
for the first one's direction (which was dropped to a note). A part of the month that
holds the day ("at the end of March" after the 27th) is still that exchange.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 1, 10)


def _periods(read: Any) -> dict[str, set[Count]]:
    found: dict[str, set[Count]] = {}
    for exchange in read.exchanges:
        for t in exchange.transfers:
            found.setdefault(str(exchange.period), set()).add(t.count)
    return found


@pytest.mark.parametrize(
    ("part", "day"),
    [("the end of", 4), ("the beginning of", 26), ("the start of", 23), ("the middle of", 2)],
)
def test_news_a_part_of_the_month_without_the_day_is_another_exchange(
    news: News, part: str, day: int
) -> None:
    read = news(
        f"Kyiv said 60 Ukrainians came home on {day} March 2024. At {part} March 2024,"
        " 85 Ukrainians were freed.",
        published=_DAY,
    )
    periods = _periods(read)
    assert periods[f"2024-03-{day:02d}"] == {Count.exact(60)}
    assert periods["2024-03"] == {Count.exact(85)}


def test_news_a_part_of_the_month_holding_the_day_is_the_same_exchange(news: News) -> None:
    """The near miss: the end of March holds the 27th, so no second exchange is made."""
    read = news(
        "Kyiv said 60 Ukrainians came home on 27 March 2024. At the end of March 2024,"
        " 85 Ukrainians were freed.",
        published=_DAY,
    )
    assert set(_periods(read)) == {"2024-03-27"}
