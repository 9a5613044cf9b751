"""A day that only dates a telling does not narrow an exchange told within a week.

"Four teenagers were brought back last week ... The Holy See said on Saturday that, at
the same time, three children had been reunited in Russia": Saturday is when the Holy
See spoke, so the exchange stays in its week. A step told "In a separate step" is
another exchange, dated by the day it was told.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]
FRIDAY = date(2025, 11, 21)
LEAD = (
    "Four Ukrainian teenagers, the eldest of them 17, were brought back from occupied "
    "Kherson last week with the help of the Vatican, according to the ombudsman's office. "
)


def _days(result: Any) -> set[tuple[str, str, str]]:
    return {
        (leg.receiver.code, str(leg.count), str(e.period))
        for e in result.exchanges
        for leg in e.transfers
    }


def test_news_said_on_a_day_in_the_week_keeps_the_week(news: News) -> None:
    text = LEAD + (
        "The Holy See said on Saturday that the group had crossed via Belarus and that, at "
        "the same time, three children had been reunited with their families in Russia."
    )
    assert _days(news(text, published=FRIDAY)) == {
        ("UKR", "4", "2025-W46"),
        ("RUS", "3", "2025-W46"),
    }


def test_news_separate_step_told_on_a_day_is_its_own_exchange(news: News) -> None:
    # near-miss: "In a separate step" sets the three apart, on the day it was told
    text = LEAD + (
        "In a separate step, Russia's children's commissioner said on Saturday that three "
        "children had been reunited with their families in Russia with the Vatican's help."
    )
    assert _days(news(text, published=FRIDAY)) == {
        ("UKR", "4", "2025-W46"),
        ("RUS", "3", "2025-11-15"),
    }
