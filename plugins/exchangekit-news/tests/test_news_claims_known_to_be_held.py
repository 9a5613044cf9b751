"""People a side says "are (known to be) held" are held when told, whatever exchange is named.

"Kyiv says about 7,000 Ukrainians are known to be held by Russia, a number that shows how
small its exchange fund has become": the present "are held" tells a count of people held
now, a claim of the side whose people they are, though an exchange is named beside it.
"Were held ... before the exchange" tells of people held no more.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize("verb", ["are known to be held", "are believed to be held"])
def test_news_people_held_now_are_a_captured_claim(news: News, found: Found, verb: str) -> None:
    text = (
        f"Kyiv says about 7,000 Ukrainians {verb} by Russia, a number that shows how small "
        "its exchange fund has become."
    )
    assert found(news(text)) == {("UKR", "captured", Count.parse("about 7,000"))}


@pytest.mark.parametrize("verb", ["were held", "were known to be held"])
def test_news_people_held_until_an_exchange_are_no_claim(news: News, verb: str) -> None:
    text = f"Kyiv says about 7,000 Ukrainians {verb} by Russia before the exchange."
    assert news(text).claims == []
