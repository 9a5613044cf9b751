"""A scene-setting phrase keeps its reading after a sentence-opening "And" or "But".

"And in the swap of 30 December, Kyiv said 189 came home" links the sentence to the
one before; the phrase still only sets the scene, and the figure after it keeps its
own verb, as it does without the conjunction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Period

News = Callable[..., Any]


@pytest.mark.parametrize("opener", ["", "And ", "But "])
@pytest.mark.parametrize(
    "scene",
    [
        "in the exchange of 30 December, Ukraine said 189 people came home.",
        "during the handover on 30 December, Kyiv said 189 soldiers had returned home.",
    ],
)
def test_news_a_conjunction_before_the_scene_keeps_the_figure(
    news: News, opener: str, scene: str
) -> None:
    text = opener + (scene[0].upper() + scene[1:] if not opener else scene)
    read = news(text, published=date(2025, 1, 8))
    legs = [(str(t.receiver), str(t.count)) for e in read.exchanges for t in e.transfers]
    assert legs == [("UKR", "189")]
    assert read.exchanges[0].period == Period.day(date(2024, 12, 30))


def test_news_a_conjunction_alone_adds_no_figure(news: News) -> None:
    # near miss: a plan after the scene stays a plan
    read = news(
        "And in the talks of 30 December, Ukraine said 189 people would come home.",
        published=date(2025, 1, 8),
    )
    assert not read.exchanges
