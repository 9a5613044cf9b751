"""The "opening" day of a staged swap is its first day, as "the first day" is.

"Over three days, each side freed 600; on the opening day alone, 240 went each way":
the day's figure is a part of the whole and falls on the first day of the span, and the
whole stands at the span's end. "The closing day" is its last.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

_PUBLISHED = date(2025, 12, 1)


@pytest.mark.parametrize("rank", ["first", "opening"])
def test_news_opening_day_alone_is_the_first_day(news: Callable[..., Any], rank: str) -> None:
    text = (
        "September. A staged swap ran from 8 to 10 September. Kyiv and Moscow each freed "
        f"600 captives; on the {rank} day alone, 240 went each way."
    )
    read = news(text, published=_PUBLISHED)
    assert {str(e.period) for e in read.exchanges} == {"2025-09-08"}
    assert {str(t.as_of) for t in read.tallies} == {"2025-09-10"}


@pytest.mark.parametrize(("rank", "day"), [("opening", "08"), ("closing", "10")])
def test_news_opening_and_closing_day_of_listed_days(
    news: Callable[..., Any], rank: str, day: str
) -> None:
    text = (
        "The swap took place on 8, 9 and 10 September, officials said. "
        f"On the {rank} day, 95 Ukrainian soldiers came home."
    )
    read = news(text, published=_PUBLISHED)
    assert f"2025-09-{day}" in {str(e.period) for e in read.exchanges}


def test_news_an_opening_ceremony_is_no_day_of_the_swap(news: Callable[..., Any]) -> None:
    """Near miss: "opening" before another noun names no listed day."""
    text = (
        "The swap took place on 8, 9 and 10 September, officials said. "
        "At the opening ceremony of a memorial, 95 names were read out."
    )
    read = news(text, published=_PUBLISHED)
    assert not any(t.count.best == 95 for e in read.exchanges for t in e.transfers)
