"""A bare "N of its own" in a sentence of its own names no kind.

"Kyiv brought home 64 soldiers on Monday. Moscow got back 64 of its own": the
second side's count has no noun of its own, so it is of no one kind, though the
story named soldiers a sentence before. Bodies are left as they are: "of its own"
after a handover of the dead is not read here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

Legs = Callable[..., Any]

_POW = PersonCategory.PRISONERS_OF_WAR
_OTHER = PersonCategory.OTHER


def test_news_own_people_in_the_next_sentence_are_of_no_one_kind(legs_of: Legs) -> None:
    text = (
        "In a swap on Monday, 64 Ukrainian soldiers came home from Russian captivity, "
        "Kyiv's prisoner office said.\n\n"
        "Moscow got back 64 of its own, its defence ministry said."
    )
    legs = legs_of(text)
    assert legs[("RUS", "UKR", _POW)] == [Count.exact(64)]
    assert legs[("UKR", "RUS", _OTHER)] == [Count.exact(64)]


def test_news_own_soldiers_in_the_next_sentence_keep_their_noun(legs_of: Legs) -> None:
    # the near miss: "of its soldiers" names the kind
    text = (
        "In a swap on Monday, 64 Ukrainian soldiers came home from Russian captivity, "
        "Kyiv's prisoner office said.\n\n"
        "Moscow got back 64 of its soldiers, its defence ministry said."
    )
    assert legs_of(text)[("UKR", "RUS", _POW)] == [Count.exact(64)]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=2, max_value=900), m=st.integers(min_value=2, max_value=900))
def test_news_own_people_after_soldiers_are_of_no_one_kind_whatever_the_figures(
    legs_of: Legs, n: int, m: int
) -> None:
    text = (
        f"In a swap on Monday, {n} Ukrainian soldiers came home from Russian captivity, "
        "Kyiv's prisoner office said.\n\n"
        f"Moscow got back {m} of its own, its defence ministry said."
    )
    legs = legs_of(text)
    assert legs[("UKR", "RUS", _OTHER)] == [Count.exact(m)]
    assert ("UKR", "RUS", _POW) not in legs
