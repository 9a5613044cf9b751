"""A running total told after a day's toll is a total, not another day's toll.

"Russia had lost 1,310 troops killed and wounded over the previous day, taking its count
since the invasion to 1,084,200": the window of one day belongs to the figure it is told
with, so the total after it is cumulative. A window that opens the sentence still makes
its figure one day's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit.models import ClaimScope

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "day", "total"),
    [
        (
            "Ukraine's General Staff said on Monday that Russia had lost 1,310 troops killed "
            "and wounded over the previous day, taking its count since the invasion to "
            "1,084,200.",
            1_310,
            1_084_200,
        ),
        (
            "According to the General Staff, Russian personnel losses over the past 24 hours "
            "came to 1,090, which brought the total since February 2022, by its count, to "
            "1,101,500.",
            1_090,
            1_101_500,
        ),
    ],
)
def test_news_a_total_after_a_days_toll_is_cumulative(
    news: News, text: str, day: int, total: int
) -> None:
    scopes = {c.count.low: c.scope for c in news(text).claims}
    assert scopes == {day: ClaimScope.PERIOD, total: ClaimScope.CUMULATIVE}


def test_news_a_window_opening_the_sentence_is_its_figures(news: News) -> None:
    """Near miss: "In the 24 hours to Tuesday, ..." makes the figure after it one day's."""
    text = "In the 24 hours to Tuesday, the General Staff said, Russia lost 990 soldiers."
    assert [c.scope for c in news(text).claims] == [ClaimScope.PERIOD]
