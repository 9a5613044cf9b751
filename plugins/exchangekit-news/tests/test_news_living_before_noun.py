"""An adjective of being alive between a figure and its noun ("57 living prisoners").

"living" and "surviving" say the people counted are alive, so they must not hide the noun
after them: the figure is of that noun's kind, never of the bodies handed over in the same
sentence. A bare figure with no noun ("in return for 140") keeps the pair's kind, and a
participle "living in" a place names no noun at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


def test_news_living_prisoners_in_return_for_bodies(news: Callable[..., Any]) -> None:
    legs = news(
        "Kyiv received 2,100 bodies in return for 57 living prisoners, officials said."
    ).legs_by_category_listed()
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("2,100")) in legs
    assert ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR, Count.parse("57")) in legs


def test_news_living_soldiers_with_a_nationality(news: Callable[..., Any]) -> None:
    legs = news(
        "Kyiv took back 757 bodies in return for 34 living Russian soldiers."
    ).legs_by_category_listed()
    assert ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR, Count.parse("34")) in legs
    assert ("UKR", "RUS", PersonCategory.REMAINS, Count.parse("34")) not in legs


def test_news_surviving_servicemen_after_bodies(news: Callable[..., Any]) -> None:
    legs = news(
        "Moscow returned 300 bodies to Kyiv and got back 12 surviving servicemen on Monday."
    ).legs_by_category_listed()
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("300")) in legs
    assert ("UKR", "RUS", PersonCategory.REMAINS, Count.parse("12")) not in legs


def test_news_bare_figure_in_return_keeps_the_pairs_kind(news: Callable[..., Any]) -> None:
    # near-miss: no noun after the figure, so it is of the bodies it is paired with
    legs = news(
        "Ukraine received 6,400 bodies in return for 140, the ministry said."
    ).legs_by_category_listed()
    assert ("UKR", "RUS", PersonCategory.REMAINS, Count.parse("140")) in legs


def test_news_living_in_a_place_is_no_noun(news: Callable[..., Any]) -> None:
    # near-miss: "living in" is a participle of dwelling; no one was handed over
    legs = news(
        "Ukraine received 640 bodies on Friday; some 140 living in occupied areas were not."
    ).legs_by_category_listed()
    assert [leg[3] for leg in legs] == [Count.parse("640")]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2200, max_value=9000),
    st.integers(min_value=11, max_value=900),
    st.sampled_from(["living", "surviving"]),
    st.sampled_from(["prisoners", "soldiers", "servicemen"]),
)
def test_news_alive_figure_is_never_remains(
    news: Callable[..., Any], bodies: int, n: int, alive: str, noun: str
) -> None:
    """Whatever the figures, a count of living people is never read as remains."""
    legs = news(
        f"Ukraine received {bodies:,} bodies in return for {n:,} {alive} {noun}."
    ).legs_by_category_listed()
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse(f"{bodies:,}")) in legs
    assert all(leg[2] is not PersonCategory.REMAINS for leg in legs if leg[3].best == n)
    assert any(leg[3].best == n for leg in legs)
