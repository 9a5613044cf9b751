"""A claim told as spreading, "a claim circulating widely says ...", is hearsay.

A fact check opens on what "a claim circulating online" or "claims shared on Telegram"
say in order to weigh it: no one of record makes the figure, so it is no claim. A
claim a named teller makes ("the ministry's claim") stays its teller's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "opening",
    [
        "A claim circulating widely online says",
        "Claims shared on Telegram this week say",
        "A claim spreading on social media says",
    ],
)
def test_news_spreading_claim_is_no_claim(news: News, found: Found, opening: str) -> None:
    """The figure of a claim no one of record makes is not read."""
    text = f'{opening} that "NATO has confirmed 400,000 Ukrainian soldiers dead".'
    assert found(news(text)) == set()


def test_news_named_tellers_claim_stays_a_claim(news: News, found: Found) -> None:
    """Near miss: a teller of record's figure is read."""
    text = "Russia's defence ministry says that 400,000 Ukrainian soldiers have died."
    assert ("UKR", "killed", Count.exact(400_000)) in found(news(text))
