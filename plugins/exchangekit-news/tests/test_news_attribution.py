"""Who said each figure: the speaker's clause decides which figures are theirs.

Sentences of our own, each construction worded in more than one way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


def _said(exchange: Any) -> dict[str, str | None]:
    return {
        t.receiver.code: (t.attributed_to.name if t.attributed_to is not None else None)
        for t in exchange.transfers
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine got back 140 soldiers on Monday in a swap that Russia's defence ministry "
        "said had also returned 140 of its own servicemen.",
        "Kyiv brought home 140 prisoners of war on Monday, in an exchange that the Russian "
        "Defence Ministry said saw the same number of Russian troops released.",
        "Ukraine received 140 of its soldiers on Monday in a deal which Moscow said had "
        "freed 140 Russian servicemen as well.",
    ],
)
def test_news_a_speaker_in_a_clause_on_the_exchange_speaks_only_for_that_clause(
    news: News, text: str
) -> None:
    # Regression: the speaker of the relative clause was given the Ukrainian figure too.
    (exchange,) = news(text).exchanges
    said = _said(exchange)
    assert said["UKR"] is None
    assert said["RUS"] is not None


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine received 800 bodies from Russia on Friday that Moscow says are those of "
        "Ukrainian soldiers.",
        "Kyiv took back 800 bodies on Friday which Russia says belong to Ukrainian troops.",
    ],
)
def test_news_a_speaker_in_a_clause_on_the_people_still_vouches_for_them(
    news: News, text: str
) -> None:
    (exchange,) = news(text).exchanges
    assert _said(exchange)["UKR"] == "Russian government"
