"""People freed "in that exchange" stand on the day of the exchange named before.

"A driver freed in the swap of 15 October came home on Tuesday. ... He was one of 250
men returned in that exchange": the demonstrative names the exchange told by its day,
not the day the story has moved on to. Another handover told in between, or a date of
the sentence's own, leaves the figure as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
PUBLISHED = date(2026, 11, 6)  # a Friday

_NAMED = "On Tuesday a train brought home a driver set free in the swap of 15 October. "
_BACK = "He was one of 250 men returned to Ukraine in that exchange, Kyiv said."


@pytest.mark.parametrize("between", ["", "His mother met him at the station. "])
def test_news_in_that_exchange_takes_the_day_named_before(news: News, between: str) -> None:
    read = news(_NAMED + between + _BACK, published=PUBLISHED)
    assert read.periods() == {"2026-10-15"}


def test_news_a_handover_told_in_between_keeps_that_exchange_off(news: News) -> None:
    between = "On 2 November Russia returned 90 Ukrainian soldiers in a swap. "
    read = news(_NAMED + between + _BACK, published=PUBLISHED)
    assert "2026-10-15" not in read.periods()


def test_news_that_exchange_too_far_back_is_not_taken(news: News) -> None:
    filler = "A crowd waited. A band played. Flowers were handed out. "
    read = news(_NAMED + filler + _BACK, published=PUBLISHED)
    assert "2026-10-15" not in read.periods()
