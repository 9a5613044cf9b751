"""A town's, village's or community's own fighters and residents are a local count.

"Nine soldiers from the village have been killed since 2022": a local paper counts its
community's people, a share of a side's losses, never the side's claim; so are "14
residents" a named town "has" in captivity. Soldiers from no one place stay a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "text",
    [
        "Nine soldiers from the village have been killed since 2022, the council said.",
        "The council said 14 servicemen from our community are still missing.",
        "The town of Hlybokyi has 14 residents still in Russian captivity, the council said.",
    ],
)
def test_news_a_communitys_own_people_are_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        (
            "Kyiv said that 9,500 soldiers from the reserve had been killed since 2022.",
            "killed",
            "9,500",
        ),
        (
            "Ukraine's ombudsman said 3,200 residents of Ukraine are still in Russian captivity.",
            "captured",
            "3,200",
        ),
    ],
)
def test_news_people_of_no_one_place_stay_a_claim(
    news: News, found: Found, text: str, category: str, count: str
) -> None:
    assert found(news(text)) == {("UKR", category, Count.parse(count))}
