"""A figure a speaker takes back later in the same sentence is not read.

"The minister also said that Ukraine had handed over ninety bodies of Russian
soldiers, sorry, I have to correct myself, she said only that the work goes on":
a broadcast transcript's withdrawn figure was never told. A sentence in which
"correct" is about something else keeps its figure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "CORRESPONDENT: The minister also said that Ukraine had handed over ninety bodies "
        "of Russian soldiers... sorry, I have to correct myself, she said only that the "
        "work goes on.",
        "CORRESPONDENT: Kyiv says it got back 64 prisoners today, or rather, I misspoke, "
        "that was last month's figure.",
    ],
)
def test_news_figure_taken_back_on_air_is_not_read(news: News, text: str) -> None:
    got = news(text, published=THURSDAY)
    assert got.legs() == set()
    assert got.tallies == []


def test_news_correct_about_something_else_keeps_the_figure(news: News) -> None:
    # near-miss: "correct" is the officials' later work on lists, not a retraction
    text = (
        "KYIV — Ukraine handed over 90 bodies of Russian soldiers on Friday, and officials "
        "said they would correct the lists later."
    )
    assert {c for *_, c in news(text, published=THURSDAY).legs()} == {Count.exact(90)}
