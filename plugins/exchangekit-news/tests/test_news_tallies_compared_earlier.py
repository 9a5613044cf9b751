"""An earlier value of a running total, set against it in the next sentence (issue 8).

"... 4,210 Ukrainians have now been freed since 2022. That compares with the 4,090 it
gave after the swap in August": the smaller bare figure is what the very same total
stood at in August, same way and kind, not a count of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 10, 23)
TOTAL = "Kyiv's coordination headquarters says 4,210 Ukrainians have now been freed since 2022. "


@pytest.mark.parametrize(
    "after",
    [
        "That compares with the 4,090 it gave after the swap in August, when, officials "
        "said, lists were still being checked.",
        "This compares with 4,090 in August.",
    ],
)
def test_news_compared_with_an_earlier_figure_is_the_total_then(news: News, after: str) -> None:
    result = news(TOTAL + after, published=_DAY)
    by_count = {t.count: t for t in result.tallies}
    assert set(by_count) == {Count.exact(4_210), Count.exact(4_090)}
    then = by_count[Count.exact(4_090)]
    assert (then.sender.code, then.receiver.code) == ("RUS", "UKR")
    assert str(then.as_of) == "2025-08"
    assert then.covers.start == date(2022, 2, 24)


@pytest.mark.parametrize(
    "text",
    [
        # larger than the total: no earlier value of a running total
        TOTAL + "That compares with the 4,300 it gave in August.",
        # no date: when it stood is not told
        TOTAL + "That compares with the 4,090 it gave before.",
        # the total sums a span of its own: the figure is another span's sum
        "This year Ukraine has so far brought home 1,200 of its people. That compares with "
        "900 in 2024.",
    ],
)
def test_news_compared_figure_near_misses_are_not_read(news: News, text: str) -> None:
    assert len(news(text, published=_DAY).tallies) == 1
