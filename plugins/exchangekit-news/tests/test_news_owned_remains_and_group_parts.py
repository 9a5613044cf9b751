"""Remains named by their owners, and parts that split a group other than the whole.

- "the number of marines' bodies returned to Ukraine ... has passed 4,000": the dead
  named by the trade of the people they were ("servicemen's", "soldiers'") are remains,
  not prisoners of war; "the number of soldiers returned" is still prisoners.
- "Moscow said the 60 Russians it got back included conscripts and civilians, while
  Kyiv said the Ukrainians freed - 25 of them troops and 35 of them civilians - ...":
  the parts split the Ukrainians, not the Russians counted before them, so they are
  never given to Russia; the Russians' figure is still kept as a mix.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_PUBLISHED = date(2025, 9, 3)


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(1_500, 19_000),
    owner=st.sampled_from(["servicemen's", "soldiers'", "marines'", "fighters'"]),
    noun=st.sampled_from(["bodies", "remains"]),
)
def test_news_owned_remains_are_remains(news: News, n: int, owner: str, noun: str) -> None:
    text = (
        f"The overall number of Ukrainian {owner} {noun} handed back by Russia since "
        f"January has passed {n:,}, officials in Kyiv said on Tuesday."
    )
    tallies = news(text, published=_PUBLISHED).tallies_as_text()
    assert all(t[2] == "remains" for t in tallies)
    assert ("RUS", "UKR", "remains", f"more than {n:,}") in tallies


def test_news_owned_remains_in_a_harder_form(news: News) -> None:
    # the other side's dead, the plural possessive, a longer link to the figure
    text = (
        "According to the ministry, the total number of Russian soldiers' remains "
        "returned to Russia since the spring had by then exceeded 700."
    )
    tallies = news(text, published=_PUBLISHED).tallies_as_text()
    assert all(t[2] != "prisoners_of_war" for t in tallies)


def test_news_people_not_owned_stay_people(news: News) -> None:
    # near miss: no possessive, the soldiers themselves came home
    text = (
        "The total number of Ukrainian soldiers returned by Russia since January has "
        "passed 2,400, officials in Kyiv said on Tuesday."
    )
    tallies = news(text, published=_PUBLISHED).tallies_as_text()
    assert all(t[2] != "remains" for t in tallies)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said the 60 Russians it got back included conscripts and civilians, "
        "without a breakdown, while Kyiv said the Ukrainians freed - 25 of them troops "
        "and 35 of them civilians - had spent years in jail.",
        # harder: the parts in brackets, the group named with its side first
        "The Russian ministry said the 60 Russians it received included soldiers and "
        "civilians; Ukraine's president said the Ukrainians released (25 of them troops "
        "and 35 of them civilians) were all home.",
    ],
)
def test_news_parts_of_another_group_are_not_the_whole_s(news: News, text: str) -> None:
    legs = news(text, published=_PUBLISHED).legs_as_text()
    assert not any(leg[1] == "RUS" and leg[3] in ("25", "35") for leg in legs)


def test_news_parts_of_the_whole_itself_still_split_it(news: News) -> None:
    # near miss: the parts split the very people the figure counts
    text = (
        "Russia handed over 60 Ukrainians on Monday, 25 of them troops and 35 of them "
        "civilians, Kyiv said."
    )
    legs = news(text, published=_PUBLISHED, breakdowns="both").legs_as_text()
    assert ("RUS", "UKR", "prisoners_of_war", "25") in legs
    assert ("RUS", "UKR", "civilians", "35") in legs
