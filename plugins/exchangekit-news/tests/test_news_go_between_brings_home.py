"""A go-between that "helped bring home" people names no side as their home.

"Russia spoke of 150 handed over in each direction. ... Qatar, for its part, helped
bring home more than a dozen children over the year": the side last heard speaking
is not the home of people a mediator brought back, so with no side named the count
goes nowhere rather than the wrong way. A side named after the verb ("to Ukraine")
still gives the count its home.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)
BEFORE = (
    "Review of the year\n\n"
    "The final swap came in late December, when Russia spoke of 150 prisoners handed "
    "over in each direction.\n\n"
)


def test_news_go_between_bringing_home_is_not_the_last_speakers_side(news: News) -> None:
    text = BEFORE + (
        "Families were reunited too: Qatar, whose diplomats have worked quietly on the "
        "issue, helped bring home more than a dozen children over the year."
    )
    got = news(text, published=THURSDAY)
    assert all(
        receiver != "RUS" for _, receiver, kind, _ in got.tallies_as_text() if kind == "children"
    )
    assert all(
        t.category.value != "children" or t.receiver.code != "RUS"
        for e in got.exchanges
        for t in e.transfers
    )


def test_news_go_between_bringing_home_to_a_named_side_is_read(news: News) -> None:
    # near-miss: the side is named after the verb, so the count has its home
    text = BEFORE + (
        "Families were reunited too: Qatar, whose diplomats have worked quietly on the "
        "issue, helped bring home to Ukraine more than a dozen children over the year."
    )
    got = news(text, published=THURSDAY)
    receivers = {r for _, r, kind, _ in got.tallies_as_text() if kind == "children"} | {
        t.receiver.code
        for e in got.exchanges
        for t in e.transfers
        if t.category.value == "children"
    }
    assert receivers == {"UKR"}
    assert Count.parse("more than 12") in {
        t.count for t in got.tallies if t.category.value == "children"
    } | {t.count for e in got.exchanges for t in e.transfers}
