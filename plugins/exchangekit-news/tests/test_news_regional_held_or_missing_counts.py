"""A count of one region's or city's people held or missing is no side's claim.

"Some 45 soldiers from the Lviv region are listed as missing", "the governor said 140
residents of the region remain in captivity", "60 men from the city are thought to be
held": news tells such a figure as one place's toll, not as the national count of a
side's people held or missing, so no claim is read. A side's own count ("more than
8,000 Ukrainians remain in captivity") stays a claim, and so does a part of a garrison
named for its town ("1,300 of the Kursk conscripts", "Azovstal defenders").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_FATES = st.sampled_from(
    [
        "are still listed as missing",
        "remain unaccounted for",
        "are believed to be held in Russian captivity",
        "are still held by Ukraine",
    ]
)
_PLACES = st.sampled_from(
    [
        "from the Poltava region",
        "of the Belgorod region",
        "from the city",
        "of the border districts",
        "from the Krasnodar Territory",
        "from Sumy",
    ]
)
_NOUNS = st.sampled_from(["soldiers", "men", "residents", "servicemen", "people"])
_SPEAKERS = st.sampled_from(["Officials said", "A local charity says", "The ministry said"])


@settings(max_examples=40, deadline=None)
@given(n=st.integers(2, 1_799), place=_PLACES, noun=_NOUNS, fate=_FATES, speaker=_SPEAKERS)
def test_news_people_of_one_place_held_or_missing_are_no_claim(
    news: News, found: Found, n: int, place: str, noun: str, fate: str, speaker: str
) -> None:
    read = news(f"{speaker} that {n:,} {noun} {place} {fate}.")
    assert not {c for c in found(read) if c[1] in ("missing", "captured")}


@pytest.mark.parametrize(
    "text",
    [
        # the region's name before the people
        "About 70 Bryansk residents remain on Ukrainian soil, the commissioner said.",
        # a governor counts his own region's residents
        "The governor said 230 residents remain unaccounted for after the incursion.",
        # the place closes the people's own noun group
        "Moscow says more than 900 residents of Kursk region are still missing.",
        # an aside of saying between the people and their fate
        "Some 310 residents of the region, the mayor said, are held in Russia.",
    ],
)
def test_news_regional_counts_in_other_forms_are_no_claim(
    news: News, found: Found, text: str
) -> None:
    assert not {c for c in found(news(text)) if c[1] in ("missing", "captured")}


@settings(max_examples=30, deadline=None)
@given(n=st.integers(2_101, 20_000), speaker=_SPEAKERS)
def test_news_a_sides_national_count_of_people_held_stays_a_claim(
    news: News, found: Found, n: int, speaker: str
) -> None:
    """The near miss: people of a whole side, named by nationality, are still counted."""
    read = news(f"{speaker} that more than {n:,} Ukrainians remain in Russian captivity.")
    assert ("UKR", "captured", Count.more_than(n)) in found(read)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # "of the country" is the whole side's land, not one place of it
        (
            "Kyiv says more than 8,000 soldiers of the country remain in Russian captivity.",
            ("UKR", "captured", Count.more_than(8_000)),
        ),
        # a part of people the region's name only describes, not where they come from
        (
            "Moscow says 1,300 of the Kursk conscripts were taken prisoner in August.",
            ("RUS", "captured", Count.exact(1_300)),
        ),
        # a garrison named for the town it defended is a side's soldiers
        (
            "Kyiv says about 900 Azovstal defenders are still held in Russia.",
            ("UKR", "captured", Count.parse("about 900")),
        ),
    ],
)
def test_news_counts_of_a_whole_side_or_a_garrison_stay_claims(
    news: News, found: Found, text: str, claim: tuple[str, str, Count]
) -> None:
    assert claim in found(news(text))


def test_news_a_bare_count_joined_to_a_regions_residents_counts_them_too(
    news: News, found: Found
) -> None:
    """ "... and more than 900 remain missing" after the region's own residents: theirs."""
    text = (
        "The Poltava region, the regional military administration said on Monday, has lost "
        "more than 2,700 of its residents in the war, troops and civilians alike, and more "
        "than 800 are still listed as missing."
    )
    assert ("UKR", "missing", Count.more_than(800)) not in found(news(text))


def test_news_a_bare_count_joined_to_a_sides_own_people_stays_a_claim(
    news: News, found: Found
) -> None:
    """Near miss: joined to a side's national count, the bare count is that side's."""
    text = (
        "Kyiv's coordination headquarters says more than 8,000 Ukrainians are held in "
        "Russia, and more than 800 remain missing."
    )
    assert ("UKR", "missing", Count.more_than(800)) in found(news(text))
