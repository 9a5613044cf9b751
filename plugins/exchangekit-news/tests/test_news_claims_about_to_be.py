"""People who were only "about to be" captured or killed are no one's casualties.

"A soldier who was about to be taken prisoner blew himself up": the capture never
happened, so the figure counts no one captured; a fate that did happen stays read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_DAY = date(2025, 1, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Three Russian soldiers who were about to be taken prisoner ran back to their "
        "trench, the brigade said.",
        # harder: the fate set off as an aside, a speaker after it
        "Three Russian soldiers, about to be captured near the river, fled on foot, "
        "a Ukrainian officer said.",
        "Kyiv said three Russian marines who had been about to be encircled surrendered.",
    ],
)
def test_news_people_about_to_meet_a_fate_are_no_claim(news: News, text: str) -> None:
    assert [str(c.count) for c in news(text, published=_DAY).claims if str(c.count) == "3"] == []


def test_news_a_fate_that_happened_before_a_coming_step_stays_read(news: News) -> None:
    # near miss: they were captured; only their questioning is to come
    text = (
        "Three Russian soldiers were captured on Sunday and are about to be questioned, "
        "the brigade said."
    )
    assert [(str(c.subject), str(c.count)) for c in news(text, published=_DAY).claims] == [
        ("RUS", "3")
    ]
