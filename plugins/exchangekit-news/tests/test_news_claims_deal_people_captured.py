"""People a swap is to take in, told by where they were captured: no count of captives.

Reports of a delayed or disputed swap name the people at stake after a noun of what
the deal holds ("the inclusion of", "the return of") and describe them with a bare
participle of capture ("40 marines captured near Vovchansk"). The figure is a group
to be moved, not a side's claim of how many captives it holds; a sentence that says
people "were captured" still tells a count of captives.
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
    ["objected to the inclusion of", "pressed for the return of", "held up the release of"],
)
def test_news_deal_people_captured_are_no_claim(news: News, found: Found, opening: str) -> None:
    """The group in dispute is no side's count of captives."""
    text = (
        f"Kyiv said the exchange slipped a week after Moscow {opening} 40 marines captured "
        "near Vovchansk in the spring."
    )
    assert all(count != Count.exact(40) for _, _, count in found(news(text)))


def test_news_people_said_to_be_captured_are_still_a_claim(news: News, found: Found) -> None:
    """Near miss: "were captured" tells the captives taken, a count of its own."""
    text = "Kyiv said that 40 Russian marines were captured near Vovchansk in the spring."
    assert ("RUS", "captured", Count.exact(40)) in found(news(text))
