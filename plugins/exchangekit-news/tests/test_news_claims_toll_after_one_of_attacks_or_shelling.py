"""A toll told right after one attack, "one of the heaviest attacks" or a day's shelling.

"Russia launched one of its largest drone attacks of the war" names one attack though
its noun is plural, and "On Tuesday, shelling damaged a hospital" tells one day's
attack; the dead and hurt the next sentence counts are that attack's, news of it, not a
side's claim of its losses. A running total told after either stays a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "attack",
    [
        "one of its largest drone attacks of the war",
        "one of the deadliest missile strikes on the capital",
    ],
)
def test_news_toll_after_one_of_attacks_is_no_claim(news: News, found: Found, attack: str) -> None:
    """The toll of the attack told before is no claim."""
    text = (
        f"Overnight, Russia launched {attack}, with 410 drones and 40 missiles, the Ukrainian "
        "air force said. At least 9 people were killed in Kyiv, among them two children."
    )
    assert found(news(text)) == set()


def test_news_running_total_after_many_attacks_stays_a_claim(news: News, found: Found) -> None:
    """Near miss: "hundreds of attacks" names no one attack, and a running toll is a claim."""
    text = (
        "Russia has carried out hundreds of air attacks this year, the air force said. At "
        "least 12,000 civilians have been killed across Ukraine, including 600 children."
    )
    assert ("UKR", "killed", Count.parse("at least 12,000")) in found(news(text))


@pytest.mark.parametrize(
    "text",
    [
        "In Kharkiv on Tuesday, Russian shelling damaged a hospital and nine houses, Ukraine's "
        "interior ministry said. Three Ukrainian civilians were killed and eight injured, it said.",
        "In Horlivka on Tuesday, shelling from Ukrainian positions damaged a school and nine "
        "houses, the Russian Defence Ministry reported. Three civilians were killed and eight "
        "injured, it said.",
    ],
)
def test_news_toll_after_a_day_of_shelling_is_no_claim(news: News, found: Found, text: str) -> None:
    """Shelling dated to one day is one attack: the next sentence's toll is its news."""
    assert found(news(text)) == set()


def test_news_running_toll_after_shelling_stays_a_claim(news: News, found: Found) -> None:
    """Near miss: a toll since a date after the day's shelling is a running count."""
    text = (
        "Russian forces shelled Kharkiv on Tuesday, the governor said. Since February, "
        "1,200 civilians have been killed in the region, he said."
    )
    assert ("UKR", "killed", Count.exact(1_200)) in found(news(text))
