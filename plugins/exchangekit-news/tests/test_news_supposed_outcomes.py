"""An outcome supposed or foreseen is no handover (b23-d).

"that would mean the return of 8,000", "might see the release of 500": the noun of
handing over is the object of a modal verb, so nothing was moved. People "who,
according to Kyiv, remain in captivity" are still held, whatever swap is near.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "Were the offer accepted, it could mean the release of 600 soldiers held by Russia.",
        "Analysts said such a deal might see the return of 1,500 Ukrainians in exchange "
        "for far fewer Russians.",
        "Officials expect that the framework will bring the repatriation of 2,000 bodies.",
        # harder: a perfect counterfactual
        "A settlement in spring would have meant the release of 700 prisoners of war.",
    ],
)
def test_news_noun_under_a_modal_is_no_transfer(news: News, text: str) -> None:
    """No exchange is read from an outcome a modal verb supposes."""
    assert news(text).exchanges == []


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said on Friday it had secured the return of 600 soldiers.",
        "Kyiv confirmed the return of 600 soldiers on Friday, which would have been "
        "impossible a year ago.",
    ],
)
def test_news_noun_of_a_done_verb_stays_a_transfer(news: News, text: str) -> None:
    """A modal after the noun, or none at all, leaves the handover done."""
    legs = [(t.receiver.code, t.count.best) for e in news(text).exchanges for t in e.transfers]
    assert legs == [("UKR", 600)]


@pytest.mark.parametrize(
    "text",
    [
        "For the relatives of the 900 soldiers who, according to the ombudsman, remain in "
        "Russian captivity, every exchange matters.",
        "Families of the 900 soldiers who, officials say, are still held by Russia "
        "gathered before the swap.",
    ],
)
def test_news_held_past_an_aside_are_not_moved(news: News, text: str) -> None:
    """ "who, according to X, remain in captivity" counts captives, not people moved."""
    assert news(text).exchanges == []
