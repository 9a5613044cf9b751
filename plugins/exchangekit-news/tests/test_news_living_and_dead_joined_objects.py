"""The dead added to a living group by "as well as" or "along with" go the same way.

"Russia handed over 45 soldiers, as well as the bodies of 12 fallen defenders": the
joiner and "the bodies of" put the second figure past the reach of a plain object, but
it is the verb's second object all the same, a handover of remains of its own. The
living before "the remains of 12 others" stay the living.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


def test_news_as_well_as_the_bodies_of(news: Callable[..., Any]) -> None:
    legs = news(
        "Russia handed over 45 Ukrainian soldiers as well as the bodies of 12 fallen "
        "defenders on 3 June."
    ).legs_by_category_listed()
    assert ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR, Count.parse("45")) in legs
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("12")) in legs


def test_news_along_with_the_bodies_of_between_commas(news: Callable[..., Any]) -> None:
    legs = news(
        "Moscow sent home 80 prisoners of war, along with the bodies of 9 servicemen, "
        "officials in Kyiv said on Friday."
    ).legs_by_category_listed()
    assert ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR, Count.parse("80")) in legs
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("9")) in legs


def test_news_together_with_the_remains_of(news: Callable[..., Any]) -> None:
    legs = news(
        "On Tuesday Ukraine got back 103 servicemen together with the remains of 8 soldiers."
    ).legs_by_category_listed()
    assert ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR, Count.parse("103")) in legs
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("8")) in legs


def test_news_bodies_of_a_new_clause_are_not_joined(news: Callable[..., Any]) -> None:
    # near-miss: after a semicolon the bodies are the subject of a clause of their own
    legs = news(
        "Russia handed over 45 Ukrainian soldiers; the bodies of 12 fallen defenders, "
        "as well as many others, are still held."
    ).legs_by_category_listed()
    assert legs == [("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR, Count.parse("45"))]


def test_news_living_stay_living_beside_the_remains_of_others(news: Callable[..., Any]) -> None:
    # "the remains of 12 others" counts dead of no named kind: the 45 soldiers before it
    # stay prisoners of war, never the dead, and the 12 are left unread
    for joiner in (" and", ", as well as"):
        legs = news(
            f"Ukraine received 45 soldiers{joiner} the remains of 12 others."
        ).legs_by_category_listed()
        assert legs == [("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR, Count.parse("45"))]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=1_700),
    st.sampled_from([", as well as", " along with", ", together with"]),
)
def test_news_joined_bodies_any_figure(news: Callable[..., Any], n: int, joiner: str) -> None:
    """Whatever the joiner and figure, the bodies go the living group's way."""
    legs = news(
        f"Kyiv took back 60 soldiers{joiner} the bodies of {n:,} defenders."
    ).legs_by_category_listed()
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse(f"{n:,}")) in legs
