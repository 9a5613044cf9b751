"""A bare count of people still held, told by a pronoun going on with the report.

"Kyiv says 2,300 Ukrainians have been freed since the invasion. It says several
thousand are still held.": the pronoun goes on reporting the statement just told,
and reported speech may leave "that" out; the people still held are those of the
side the freed came home to, as with "officials estimate that several thousand ...".
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

_PUBLISHED = date(2024, 6, 14)


def _captured(result: Any, found: Found) -> set[tuple[str, str, Count]]:
    return {t for t in found(result) if t[1] == "captured"}


def test_news_it_says_still_held_after_a_total_freed(news: News, found: Found) -> None:
    text = (
        "The Coordination Headquarters says 3,210 Ukrainians have been brought home since "
        "the full-scale invasion began. It says several thousand are still held."
    )
    assert _captured(news(text, published=_PUBLISHED), found) == {
        ("UKR", "captured", Count.parse("several thousand"))
    }


def test_news_they_say_remain_in_captivity_after_a_return(news: News, found: Found) -> None:
    text = "Kyiv said 95 Ukrainians came home on Tuesday. They say thousands remain in captivity."
    assert _captured(news(text, published=_PUBLISHED), found) == {
        ("UKR", "captured", Count.parse("thousands"))
    }


def test_news_he_said_still_held_after_a_return(news: News, found: Found) -> None:
    text = (
        "The ombudsman said 41 Ukrainian civilians had returned home on Monday. He said "
        "hundreds are still held."
    )
    assert _captured(news(text, published=_PUBLISHED), found) == {
        ("UKR", "captured", Count.parse("hundreds"))
    }


def test_news_pronoun_after_a_two_way_swap_names_no_side(news: News, found: Found) -> None:
    """Near miss: a swap both ways names no one side whose people are still held."""
    text = (
        "Russia and Ukraine exchanged 150 prisoners each on Tuesday. It said several "
        "thousand remain in captivity."
    )
    assert _captured(news(text, published=_PUBLISHED), found) == set()


@settings(max_examples=20, deadline=None)
@given(
    freed=st.integers(2_200, 9_000),
    pronoun=st.sampled_from(["It says", "They say", "He said", "She says"]),
    held=st.sampled_from(["several thousand", "thousands", "hundreds"]),
)
def test_news_pronoun_teller_counts_the_freed_side(
    news: News, found: Found, freed: int, pronoun: str, held: str
) -> None:
    text = (
        f"Kyiv says {freed:,} Ukrainians have been freed since the invasion. "
        f"{pronoun} {held} remain in captivity."
    )
    assert ("UKR", "captured", Count.parse(held)) in found(news(text, published=_PUBLISHED))
