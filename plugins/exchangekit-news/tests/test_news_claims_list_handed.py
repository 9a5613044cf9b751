"""People on a list one side handed the other are asked for, not counted as losses.

"Kyiv said it had handed Moscow a list of 500 prisoners it considers seriously ill": the
500 are named for an exchange; the prisoners a side says are held stay a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


def test_news_a_list_handed_over_is_no_claim(news: News) -> None:
    text = "Kyiv said it had handed Moscow a list of 500 prisoners it considers seriously ill."
    assert news(text).claims == []


def test_news_the_people_held_beside_the_list_stay_a_claim(news: News, found: Found) -> None:
    text = (
        "Kyiv says Russia holds 8,000 Ukrainian prisoners, and it has handed Moscow a list of "
        "500 of them who are seriously ill."
    )
    assert found(news(text)) == {("UKR", "captured", Count.parse("8,000"))}
