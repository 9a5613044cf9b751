"""Dates and standing of casualty claims (b29-j).

A daily loss figure told with the day of its statement ("said on Tuesday that ... over
the previous day") stands on the statement's day, as every daily bulletin is dated.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Period

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "The army's general staff said on Tuesday that the enemy had lost 870 Russian "
        "soldiers over the previous day.",
        # harder: a part of the day after the weekday, a running total after the window
        "Kyiv's general staff said on Tuesday evening that Russian troops had lost 940 men "
        "in the previous day, bringing its count of Russian losses to 1,012,400.",
    ],
)
def test_news_daily_figure_stands_on_the_statement_day(news: News, text: str) -> None:
    """ "Over the previous day" is the figure's window, not its date."""
    claims = news(text, published=date(2025, 3, 12)).claims
    assert claims
    assert {c.as_of for c in claims} == {Period.day(date(2025, 3, 11))}


def test_news_a_deal_the_previous_evening_still_counts_back(news: News) -> None:
    """Near miss: "carried out the previous evening" is a date, the day before the statement."""
    text = (
        "The ministry said on Tuesday that 60 Ukrainian soldiers had come home from "
        "captivity the previous evening."
    )
    (exchange,) = news(text, published=date(2025, 3, 12)).exchanges
    assert exchange.period == Period.day(date(2025, 3, 10))
