"""An aside on "the most recent exchange" or "the latest swap" dates the exchange it names.

"The most recent exchange, which took place on 5 February, returned 157 soldiers":
the exchange the figure is told of is the one the aside dates, as with "the
exchange, which took place on ...". After "since" the latest swap is an earlier one
and its day is not the figure's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
SATURDAY = date(2026, 2, 28)


@pytest.mark.parametrize(
    "text",
    [
        "She recalled that the most recent exchange, which took place on 11 February, "
        "brought 64 Russian servicemen home from Ukraine.",
        "The latest swap, carried out on 11 February, freed 64 Ukrainian soldiers from "
        "Russia, officials said.",
        "The last exchange, which was held on 11 February, returned 64 Russian soldiers "
        "from Ukraine.",
    ],
)
def test_news_the_latest_exchange_is_dated_by_its_aside(news: News, text: str) -> None:
    assert news(text, published=SATURDAY).periods() == {"2026-02-11"}


def test_news_the_last_exchange_counted_from_is_not_the_figures(news: News) -> None:
    text = (
        "Ukraine got back 64 soldiers from Russia on Friday, the first swap since the "
        "last exchange, which took place on 11 February."
    )
    assert news(text, published=SATURDAY).periods() == {"2026-02-27"}
