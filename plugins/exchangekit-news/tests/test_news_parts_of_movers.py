"""A part of people a relative clause says were moved is described, not moved (b23-d).

"Three of the soldiers who came home on Friday are from Lviv", "Among those who
were freed were four medics": the handover is the whole group's; the part
moves nowhere on its own, so no transfer of its size is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]

LEAD = "Ukraine brought home 120 prisoners of war on Friday, officials said. "


@pytest.mark.parametrize(
    "text",
    [
        "Three of the soldiers who came home on Friday are from Lviv.",
        "Among those who were freed, the ombudsman said, were four medics.",
        # harder: an auxiliary chain in the relative clause, a longer whole
        "Five of the young marines who had been released in the swap were treated in Kyiv.",
    ],
)
def test_news_part_of_people_moved_is_no_transfer(news: News, text: str) -> None:
    """Only the lead's 120 is read."""
    counts = [t.count.best for e in news(LEAD + text).exchanges for t in e.transfers]
    assert counts == [120]


def test_news_in_that_swap_is_no_relative_clause(news: News) -> None:
    """ "received 248 of its servicemen in that swap": "that" is a demonstrative here."""
    text = "Moscow said it received 248 of its servicemen in that swap."
    legs = [(t.receiver.code, t.count.best) for e in news(text).exchanges for t in e.transfers]
    assert legs == [("RUS", 248)]
