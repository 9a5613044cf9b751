"""A side that "brought home 189 of its own" received its own people, as "received" says.

"of its own" counts the owner's people though no noun follows; "brought home" before
the number is a verb of getting back like "received" or "brought back". "Of its own
accord" names no people, whichever verb stands before it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


def test_news_brought_home_of_its_own(news: Callable[..., Any]) -> None:
    legs = news(
        "Ukraine brought home 189 of its own on Friday, the headquarters said."
    ).legs_by_category_listed()
    assert legs == [("RUS", "UKR", PersonCategory.OTHER, Count.parse("189"))]


def test_news_brought_home_of_its_own_after_bodies(news: Callable[..., Any]) -> None:
    # the second verb of the sentence: the owner's dead, in return for the bodies
    legs = news(
        "Russia handed over 1,000 bodies on Friday and brought home 19 of its own."
    ).legs_by_category_listed()
    assert ("UKR", "RUS", PersonCategory.REMAINS, Count.parse("19")) in legs


def test_news_brought_home_of_their_own_next_sentence(news: Callable[..., Any]) -> None:
    legs = news(
        "Ukraine received 909 bodies on Monday. Moscow brought home 34 of its own."
    ).legs_by_category_listed()
    assert ("UKR", "RUS", PersonCategory.REMAINS, Count.parse("34")) in legs


def test_news_of_its_own_accord_counts_no_one(news: Callable[..., Any]) -> None:
    # near-miss: "of its own accord" is how, not whom, whatever the verb
    assert news("Kyiv brought home 84 of its own accord.").exchanges == []
    assert news("Russia received 84 of its own volition.").exchanges == []


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=1_700),
    st.sampled_from([("Kyiv", "RUS", "UKR"), ("Moscow", "UKR", "RUS")]),
)
def test_news_brought_home_own_any_figure(
    news: Callable[..., Any], n: int, side: tuple[str, str, str]
) -> None:
    """Whatever the figure and side, the side's own people come to it."""
    name, sender, receiver = side
    legs = news(f"{name} brought home {n:,} of its own on 4 May.").legs_by_category_listed()
    assert legs == [(sender, receiver, PersonCategory.OTHER, Count.parse(f"{n:,}"))]
