"""The injuries of N people, and "others" under a noun of deaths or injuries.

"confirmed the deaths of 40 civilians and the injuries of 95 others": a noun of
injuries before "of" names the harm of the people counted after it, as a noun of
deaths does, and "others" stands for more of the people named before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2024, 6, 14)  # a Friday


def test_news_injuries_of_others_after_deaths_of_civilians(news: News, found: Found) -> None:
    text = (
        "The UN monitoring mission said it had verified the deaths of 212 civilians in "
        "Ukraine and the injuries of 604 others since the start of the month."
    )
    assert found(news(text, published=_PUBLISHED)) == {
        ("UKR", "killed", Count.parse("212")),
        ("UKR", "wounded", Count.parse("604")),
    }


def test_news_injuries_of_named_people(news: News, found: Found) -> None:
    text = (
        "Monitors in Kyiv recorded the killing of 58 Ukrainian civilians and the injuries "
        "of 230 civilians in May."
    )
    assert ("UKR", "wounded", Count.parse("230")) in found(news(text, published=_PUBLISHED))


def test_news_injuries_of_others_past_an_aside(news: News, found: Found) -> None:
    text = (
        "The human rights office said it had documented the deaths of 1,120 civilians in "
        "Ukraine, 70 of them children, and the injuries of 2,310 others, adding that the "
        "true toll was higher."
    )
    assert ("UKR", "wounded", Count.parse("2,310")) in found(news(text, published=_PUBLISHED))


def test_news_others_without_a_harm_noun_is_no_toll(news: News, found: Found) -> None:
    """Near miss: "others" after a number under no noun of harm stays unread."""
    text = (
        "The UN said it had verified the deaths of 212 civilians in Ukraine, while the "
        "evacuation of 604 others from the city continued."
    )
    assert found(news(text, published=_PUBLISHED)) == {("UKR", "killed", Count.parse("212"))}


@settings(max_examples=20, deadline=None)
@given(
    dead=st.integers(2_200, 40_000),
    hurt=st.integers(2_200, 90_000),
    noun=st.sampled_from(["injuries", "deaths"]),
)
def test_news_harm_of_others_reads_its_own_count(
    news: News, found: Found, dead: int, hurt: int, noun: str
) -> None:
    text = (
        f"The mission said it had confirmed the deaths of {dead:,} civilians in Ukraine "
        f"and the {noun} of {hurt:,} others."
    )
    category = "wounded" if noun == "injuries" else "killed"
    read = found(news(text, published=_PUBLISHED))
    assert ("UKR", "killed", Count.parse(f"{dead:,}")) in read
    assert ("UKR", category, Count.parse(f"{hurt:,}")) in read
