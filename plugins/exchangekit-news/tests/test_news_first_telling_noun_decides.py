"""A figure first told as people of no one kind keeps that kind when retold with a noun.

A go-between's "captives" counts soldiers and civilians together. When a side later
gives the same figure for the same direction as "servicemen" or "defenders", the
first telling's noun decides: the figure is recorded once, of no one kind, and the
later noun never narrows it. A different figure from the later teller is its own
account and keeps its noun.
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

_MEDIATOR = (
    "Qatar said on Tuesday that its mediation had brought about the release of {n} "
    "Ukrainian captives and {n} Russian captives in a swap completed that day. "
)


def test_news_a_mediators_captives_stay_of_no_one_kind_when_the_sides_name_soldiers(
    legs_of: Legs,
) -> None:
    text = _MEDIATOR.format(n=64) + (
        "Kyiv's prisoner office later said 64 Ukrainian defenders were back home. "
        "Moscow's defence ministry said 64 Russian servicemen had returned."
    )
    assert legs_of(text) == {
        ("RUS", "UKR", _OTHER): [Count.exact(64)],
        ("UKR", "RUS", _OTHER): [Count.exact(64)],
    }


def test_news_a_later_tellers_different_figure_keeps_its_own_noun(legs_of: Legs) -> None:
    text = _MEDIATOR.format(n=64) + (
        "Moscow's defence ministry said 66 Russian servicemen had returned."
    )
    legs = legs_of(text)
    assert legs[("UKR", "RUS", _OTHER)] == [Count.exact(64)]
    assert legs[("UKR", "RUS", _POW)] == [Count.exact(66)]


def test_news_a_figure_first_told_with_a_kind_keeps_it(legs_of: Legs) -> None:
    # the near miss: told first as soldiers, a later "captives" does not undo the kind
    text = (
        "Ukraine said on Tuesday that 64 Ukrainian soldiers had come home in a swap with "
        "Russia completed that day, and that 64 Russian soldiers went the other way. "
        "Qatar, which mediated, later spoke of 64 Ukrainian captives and 64 Russian captives."
    )
    legs = legs_of(text)
    assert legs.get(("RUS", "UKR", _POW)) == [Count.exact(64)]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=2, max_value=900))
def test_news_the_first_tellings_captives_decide_whatever_the_figure(legs_of: Legs, n: int) -> None:
    text = (
        _MEDIATOR.format(n=n)
        + f"Moscow's defence ministry said {n} Russian servicemen had returned."
    )
    legs = legs_of(text)
    assert legs[("UKR", "RUS", _OTHER)] == [Count.exact(n)]
    assert ("UKR", "RUS", _POW) not in legs
