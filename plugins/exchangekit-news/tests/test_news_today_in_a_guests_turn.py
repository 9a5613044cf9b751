"""A "today" in a transcript's turn of a named guest is the guest's, not the broadcast's.

"ANCHOR: Yesterday Russia handed 500 bodies to Ukraine. ... PETRENKO: Today 500 bodies
were handed over": the guest's words were recorded when he spoke, so the figure he
restates keeps the day of the handover the anchor told. The anchor's or the
correspondent's own "today" is the day of the broadcast, and a place in capitals
opening the only labelled line ("KYIV: Today ...") is a dateline, not a guest.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
FRIDAY = date(2025, 9, 19)
ANCHOR = "ANCHOR: Yesterday Russia handed the bodies of 500 soldiers over to Ukraine.\n\n"


@pytest.mark.parametrize(
    "turn",
    [
        "PETRENKO: Today 500 bodies were handed over to the Ukrainian side.",
        "DEPUTY IVAN PETRENKO (through interpreter): Today the remains of 500 soldiers "
        "were handed over to Ukraine.",
        "PETRENKO: It was hard work. Today 500 bodies were returned to Ukraine.",
    ],
)
def test_news_a_guests_today_keeps_the_day_of_the_handover_told(news: News, turn: str) -> None:
    assert news(ANCHOR + turn, published=FRIDAY).periods() == {"2025-09-18"}


@pytest.mark.parametrize(
    "turn",
    [
        "CORRESPONDENT: Today 40 more bodies were handed over to Ukraine.",
        "ANCHOR: Today 40 more bodies were handed over to Ukraine.",
    ],
)
def test_news_the_programmes_own_today_is_the_broadcasts(news: News, turn: str) -> None:
    assert "2025-09-19" in news(ANCHOR + turn, published=FRIDAY).periods()


def test_news_a_capital_dateline_with_a_colon_is_no_guests_turn(news: News) -> None:
    text = (
        "Russia handed the bodies of 500 soldiers over to Ukraine yesterday.\n\n"
        "KYIV: Today 500 bodies were handed over to the Ukrainian side, officials said."
    )
    assert "2025-09-19" in news(text, published=FRIDAY).periods()
