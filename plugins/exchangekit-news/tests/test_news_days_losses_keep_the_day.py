"""One day's losses ("over the past day") are as of the day told, even beside a week's statement."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]

_WEEK = "The ombudsman told reporters earlier this week that more lists were being drawn up. "


@pytest.mark.parametrize(
    "figure",
    [
        "Over the past day, the ministry said, Ukrainian losses came to up to 1,150 servicemen.",
        "The ministry said Russia had lost 1,230 troops over the past 24 hours.",
        "The ministry put Ukrainian losses over the past day at about 1,300 servicemen.",
    ],
)
def test_news_a_days_losses_beside_a_weeks_statement_keep_the_day(news: News, figure: str) -> None:
    read = news(_WEEK + figure, published=date(2025, 4, 19))
    assert [(str(c.as_of), c.scope.value) for c in read.claims] == [("2025-04-19", "period")]


def test_news_a_running_total_beside_a_weeks_statement_stays_the_month(news: News) -> None:
    """The near miss: a count with no day of its own keeps the week's statement's month."""
    text = _WEEK + "Kyiv says Russia holds about 8,000 Ukrainians."
    read = news(text, published=date(2025, 4, 19))
    assert [str(c.as_of) for c in read.claims] == ["2025-04"]
