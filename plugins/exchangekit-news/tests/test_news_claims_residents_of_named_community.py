"""Captives counted as the residents of one named community: a local count, no side's toll.

A local paper or a council gives how many of its own people are held ("12 residents of
the Staro-Bohdanivka community remain in Russian captivity"). The place's name may run
to several words joined by hyphens before the kind of place (community, village,
district); the count is that place's share of the captives, never a side's claim. A
count of the residents of a whole state named the same way ("residents of the Russian
Federation") names no one place and is read as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "place",
    ["the Staro-Bohdanivka community", "the Nova Vodolaha district", "the Mala-Danylivka village"],
)
def test_news_residents_of_a_named_community_held_are_no_claim(
    news: News, found: Found, place: str
) -> None:
    """The captives of one community are its share, not Ukraine's captives."""
    text = f"The council head said that 12 residents of {place} remain in Russian captivity."
    assert all(count != Count.exact(12) for _, _, count in found(news(text)))


def test_news_residents_of_a_state_held_are_still_read(news: News, found: Found) -> None:
    """Near miss: "residents of the Russian Federation" are no one community's people."""
    text = "The ombudsman said that 1,700 residents of the Russian Federation remain in captivity."
    assert ("RUS", "captured", Count.exact(1_700)) in found(news(text))
