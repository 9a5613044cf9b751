"""A time opening the sentence before "X told Y that ..." is when the total was told.

"In October the ombudsman told reporters that the number of Ukrainians freed had
passed 6,100": October is when the total stood, not the span it covers (the total
runs from the start of the war), as in "the ombudsman said in October that ...". A
figure between the time and the saying ("In June 300 came home and ...") keeps the
month as its own span.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
PUBLISHED = date(2026, 11, 12)


@pytest.mark.parametrize(
    "opening",
    ["In October the ombudsman told reporters", "In October 2026, the ombudsman said"],
)
def test_news_a_fronted_time_of_saying_dates_the_total(news: News, opening: str) -> None:
    text = f"{opening} that the number of Ukrainians freed had passed 6,100."
    read = news(text, published=PUBLISHED)
    assert read.tally_days() == {"2026-10"}


def test_news_a_figure_between_the_time_and_the_saying_keeps_the_span(news: News) -> None:
    text = (
        "In June, 300 soldiers came home and the ombudsman said that the number of "
        "Ukrainians freed had passed 6,100."
    )
    read = news(text, published=PUBLISHED)
    assert "2026-06" not in read.tally_days()
