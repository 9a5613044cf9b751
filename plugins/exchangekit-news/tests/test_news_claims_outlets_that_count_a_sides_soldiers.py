"""Newsrooms "which count <side> soldiers" by name give that side's dead.

"Two newsrooms which count Russian soldiers from published obituaries now list over
120,000 dead by name": the deaths are of the soldiers the outlets say they count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


def test_news_deaths_confirmed_by_outlets_counting_a_sides_soldiers(
    news: News, found: Found
) -> None:
    text = (
        "Two independent newsrooms, which count Ukrainian soldiers whose obituaries have "
        "appeared online, said on Tuesday that they had by now confirmed more than 61,000 "
        "deaths by name, stressing that the true number was higher."
    )
    assert found(news(text)) == {("UKR", "killed", Count.more_than(61_000))}


def test_news_an_outlet_counting_no_soldiers_gives_no_side(news: News, found: Found) -> None:
    """Near miss: counting "reports" of a side names no soldiers whose deaths these are."""
    text = (
        "Two independent newsrooms, which count Ukrainian reports of obituaries, said on "
        "Tuesday that they had by now confirmed more than 61,000 deaths by name."
    )
    assert ("UKR", "killed", Count.more_than(61_000)) not in found(news(text))
