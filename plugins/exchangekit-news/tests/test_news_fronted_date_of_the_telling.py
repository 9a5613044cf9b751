"""A date opening a sentence before "X said that" or "I can report that" dates the telling.

"Today I can report that 25 children have come home" tells when the news was given;
a later sentence that says when the children crossed ("The children crossed into
Ukraine on Wednesday") dates the return. With no later day, the telling's day stays the
date; a date opening the event's own clause still dates the event.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
FRIDAY = date(2025, 11, 14)


@pytest.mark.parametrize(
    "opening",
    [
        "Today I can report that 25 more Ukrainian children have come home.",
        "On Friday, the ombudsman said that 25 more Ukrainian children had come home.",
    ],
)
def test_news_a_later_day_of_the_return_dates_it(news: News, opening: str) -> None:
    text = f"{opening}\n\nThe children crossed into Ukraine on Wednesday through a third country.\n"
    assert news(text, published=FRIDAY).periods() == {"2025-11-12"}


def test_news_the_telling_day_stays_when_no_other_is_told(news: News) -> None:
    text = "Today I can report that 25 more Ukrainian children have come home.\n"
    assert news(text, published=FRIDAY).periods() == {"2025-11-14"}


def test_news_a_date_opening_the_events_clause_dates_the_event(news: News) -> None:
    # near miss: the date opens the return itself, not the telling
    text = (
        "On Tuesday, 25 more Ukrainian children came home, the ombudsman said.\n\n"
        "The children crossed into Ukraine through a third country.\n"
    )
    assert news(text, published=FRIDAY).periods() == {"2025-11-11"}
