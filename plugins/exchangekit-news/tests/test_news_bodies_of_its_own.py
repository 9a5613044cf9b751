"""A hedged count of "the bodies of about 40 of its own" is the owner's dead handed back.

"of its own" names the owner's people though no noun follows; a hedge between "of" and the
number must not hide the figure. A spelled vague amount ("a few dozen of its own") and "of
its own accord" stay unread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


def test_news_bodies_of_about_n_of_its_own(news: Callable[..., Any]) -> None:
    result = news("Moscow got back the remains of some 25 of their own on Friday, officials said.")
    ((leg,),) = [e.transfers for e in result.exchanges]
    assert (leg.sender.code, leg.receiver.code) == ("UKR", "RUS")
    assert leg.category is PersonCategory.REMAINS
    assert leg.count == Count.parse("some 25")


def test_news_bodies_of_its_own_after_the_other_way(news: Callable[..., Any]) -> None:
    # harder: the pair told in two sentences, the second one "in return"
    result = news(
        "Kyiv took back the bodies of 212 of its servicemen near Sumy, the ministry said. "
        "In return, Moscow got back the bodies of roughly 30 of its own."
    )
    legs = [
        (t.sender.code, t.receiver.code, t.category, t.count)
        for e in result.exchanges
        for t in e.transfers
    ]
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("212")) in legs
    assert ("UKR", "RUS", PersonCategory.REMAINS, Count.parse("roughly 30")) in legs


def test_news_own_accord_is_no_count(news: Callable[..., Any]) -> None:
    # near-miss: "of its own accord" counts nobody, and no one was handed over
    result = news(
        "Kyiv acted of its own accord, the ministry said, sending about 40 of its own envoys."
    )
    assert result.exchanges == []


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=11, max_value=900), st.sampled_from(["about", "some", "nearly", "around"])
)
def test_news_hedged_own_bodies_any_figure(news: Callable[..., Any], n: int, hedge: str) -> None:
    """Whatever the hedge and figure, the owner's dead go to the owner, as remains."""
    result = news(f"Russia received the bodies of {hedge} {n} of its own, the ministry said.")
    legs = [t for e in result.exchanges for t in e.transfers]
    assert [(t.sender.code, t.receiver.code, t.category) for t in legs] == [
        ("UKR", "RUS", PersonCategory.REMAINS)
    ]
    assert legs[0].count.best == n
