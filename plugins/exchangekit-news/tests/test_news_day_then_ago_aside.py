"""A day of the month followed by a "... ago" aside keeps the day.

"The last swap was on 5 January, exactly one month ago, when Russia returned 25
Ukrainian soldiers": the aside says how long ago that day was, in rounder terms, and the
day is the exchange's date, not the month or the day the aside counts back to.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]

_PUBLISHED = date(2025, 2, 5)  # a Wednesday


def _periods(news: News, text: str) -> list[str]:
    return [str(e.period) for e in news(text, published=_PUBLISHED).exchanges]


@pytest.mark.parametrize(
    "aside", ["exactly one month ago", "a month ago", "almost four weeks ago", "three weeks ago"]
)
def test_news_day_of_month_before_an_ago_aside_is_the_date(news: News, aside: str) -> None:
    text = f"The last swap was on 9 January, {aside}, when Russia returned 25 Ukrainian soldiers."
    assert _periods(news, text) == ["2025-01-09"]


def test_news_ago_alone_still_dates_the_exchange(news: News) -> None:
    text = "Three weeks ago, Russia returned 25 Ukrainian soldiers."
    assert _periods(news, text) == ["2025-01-15"]


def test_news_ago_past_a_semicolon_is_its_own_date(news: News) -> None:
    # near miss: the aside opens a clause of its own, so it dates the handover told there
    text = "Talks resumed on 9 January; three weeks ago, Russia returned 25 Ukrainian soldiers."
    assert _periods(news, text) == ["2025-01-15"]
