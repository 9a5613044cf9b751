"""A total "That brought the number to N" after a sentence that told two exchanges.

"The exchange came two weeks after the April 26 swap, in which 90 were returned. That
brought the number freed to 2,410": "that" may point to either exchange, so neither
dates the total; it stands on the day it is told. When the sentence before told only
the one exchange, the total is as of that exchange's day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
MONDAY = date(2025, 5, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Sixty Ukrainian defenders came home on Saturday, in a swap that Kyiv announced that "
        "evening. The exchange came two weeks after the April 26 swap, in which 90 "
        "Ukrainians were returned. That brought to 2,410 the number of Ukrainians freed since "
        "the invasion.",
        "Sixty Ukrainian defenders came home on May 10, Kyiv said. The exchange came a "
        "fortnight after the Easter swap, in which 90 Ukrainians were returned."
        " That took the number of Ukrainians freed since 2022 to 2,410.",
        "Sixty Ukrainian defenders came home on Saturday, officials said. The "
        "exchange came two weeks after the April 26 swap, in which 90 Ukrainians were "
        "returned. This brought the total of Ukrainians freed since the invasion to 2,410.",
    ],
)
def test_news_total_after_two_swaps_stands_when_told(news: News, text: str) -> None:
    assert news(text, published=MONDAY).tally_days() == {"2025-05-12"}


def test_news_total_after_one_swap_is_as_of_it(news: News) -> None:
    # near-miss: the sentence before told one exchange, which raised the total
    text = (
        "Sixty Ukrainian defenders came home on May 10, officials said. That brought the "
        "number of Ukrainians freed since the invasion to 2,410."
    )
    assert news(text, published=MONDAY).tally_days() == {"2025-05-10"}
