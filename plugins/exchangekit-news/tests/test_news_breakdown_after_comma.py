"""A breakdown set off by a comma after the whole's verb goes the whole's way (b23-d).

'Kyiv said 140 Ukrainians had come home, "120 soldiers and 20 civilians"': the
parts have no verb of their own, so they went where the whole went, never the
other way (the sentence's speaker is no sender). A figure after the comma with
a verb of its own ("150 Russians having been handed over in return") keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        'Kyiv said 140 Ukrainians had come home, "120 soldiers and 20 civilians".',
        # harder: a date before the list, a clause of the other side after a semicolon
        "Ukraine said 140 Ukrainians had returned on Friday, 120 soldiers and 20 "
        "civilians; Moscow said it had got back 140 servicemen.",
    ],
)
def test_news_parts_after_a_comma_go_the_wholes_way(news: News, text: str) -> None:
    """Every figure of 120 or 20 goes to Ukraine."""
    legs = [
        (t.receiver.code, t.count.best)
        for e in news(text, breakdowns="both").exchanges
        for t in e.transfers
    ]
    parts = [receiver for receiver, count in legs if count in (120, 20)]
    assert parts
    assert set(parts) == {"UKR"}


def test_news_figure_with_its_own_verb_after_a_comma_keeps_it(news: News) -> None:
    """ "..., 150 Russian servicemen having been handed over in return" went to Russia."""
    text = (
        "On Monday 189 Ukrainians crossed the border, 150 Russian servicemen having been "
        "handed over in return."
    )
    legs = {(t.receiver.code, t.count.best) for e in news(text).exchanges for t in e.transfers}
    assert ("RUS", 150) in legs
    assert ("UKR", 150) not in legs
