"""A toll after places were "under attack" one night: "Kyiv was under attack overnight".

"The capital was under attack for a third night. Officials said nine people were
killed" tells one night's attack without an attack noun; the toll the next sentence
gives is that attack's news, not a side's count of its war dead. Places "under attack
every night" or "since May" are a campaign, whose toll after stays a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]


@pytest.mark.parametrize(
    "night",
    [
        "were under attack for a third night",
        "came under attack overnight",
        "were under attack on Sunday night",
        "were under fire for the second night running",
    ],
)
def test_toll_after_one_night_under_attack_is_no_claim(
    news: News, found: Found, night: str
) -> None:
    """The toll after one night's attack is that attack's news."""
    text = (
        f"Kharkiv and several other regions {night}. Officials said at least nine people were "
        "killed across the country, including two children in Sumy region."
    )
    assert all(c != Count.parse("at least 9") for _, _, c in found(news(text)))


def test_toll_after_nights_under_attack_every_night_stays_a_claim(news: News, found: Found) -> None:
    """Near miss: under attack every night is a campaign; the toll after it stays a claim."""
    text = (
        "Kharkiv and several other regions have been under attack every night since May. "
        "Officials said at least nine people were killed across the country, including two "
        "children in Sumy region."
    )
    assert ("UKR", "killed", Count.parse("at least 9")) in found(news(text))
