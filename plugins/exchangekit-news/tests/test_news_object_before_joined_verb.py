"""A figure that is the object of a verb the parser does not know keeps off the next verb.

"Ukraine, the ministry said, had by then taken in 23 civilians and handed back to
Moscow nine soldiers": the 23 are the object of "taken in", a verb that is no
handover; "and" with a past verb right after their noun group joins a second
predicate of the same subject, so the 23 are not the people that verb hands back.
A figure that is that verb's subject ("23 civilians and nine soldiers were handed
back") is still read.
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
        "SUMY — Ukraine, the ministry said, had by then taken in 23 civilians and "
        "handed back to Moscow nine soldiers captured near Sudzha.",
        "SUMY — Over the summer Ukraine had sheltered 23 civilians "
        "and also handed over to Russia nine soldiers, local officials said.",
        "SUMY — Kyiv had housed 23 civilians and then handed back to Moscow nine "
        "soldiers, according to the regional governor.",
    ],
)
def test_news_object_of_unknown_verb_is_not_the_next_verbs(news: News, text: str) -> None:
    legs = news(text, published=THURSDAY).ways()
    assert legs == {("UKR", "RUS", Count.exact(9))}


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the figures are the subject of the passive after them
        "SUMY — On Friday 23 civilians and nine soldiers were handed back to Moscow, "
        "Ukraine's ministry said.",
        # near-miss: a verb of handing over before the figure moves it
        "SUMY — Ukraine released 23 civilians and handed back to Moscow nine soldiers "
        "on Friday, the ministry said.",
    ],
)
def test_news_figures_of_a_handover_are_still_read(news: News, text: str) -> None:
    legs = news(text, published=THURSDAY).ways()
    assert {c for *_, c in legs} == {Count.exact(23), Count.exact(9)}
    assert {(s, r) for s, r, _ in legs} == {("UKR", "RUS")}
