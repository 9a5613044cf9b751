"""A broadcast's "today" or "tonight" on its story is the day of telling, not of the exchange.

"Our top story tonight: 500 bodies have been returned. The handover took place
yesterday": "tonight" says when the story is told, as "said on Friday" does, so the
next sentence's "yesterday" gives the exchange its day. With no such sentence, or
with "tonight" on the exchange itself ("Tonight Ukraine brought home 90"), the
exchange keeps the broadcast's day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
FRIDAY = date(2025, 9, 19)


@pytest.mark.parametrize(
    "text",
    [
        "Our top story tonight: the remains of 500 soldiers have been returned to "
        "Ukraine. The handover took place yesterday.",
        "In the headlines tonight: Ukraine has brought home 90 prisoners of war. The "
        "swap took place yesterday, officials said.",
        "Leading the news today: Russia has returned 40 bodies to Ukraine. That "
        "repatriation took place yesterday near the border.",
    ],
)
def test_news_the_story_told_tonight_takes_the_day_the_next_sentence_gives(
    news: News, text: str
) -> None:
    assert news(text, published=FRIDAY).periods() == {"2025-09-18"}


@pytest.mark.parametrize(
    "text",
    [
        "Our top story tonight: Ukraine has brought home 90 prisoners of war.",
        "Ukraine brought home 90 prisoners of war from Russia tonight, officials said.",
        "Tonight Ukraine brought home 90 prisoners of war from Russia. The swap took "
        "place yesterday.",
    ],
)
def test_news_a_story_told_tonight_with_no_other_day_keeps_the_broadcasts(
    news: News, text: str
) -> None:
    assert news(text, published=FRIDAY).periods() == {"2025-09-19"}
