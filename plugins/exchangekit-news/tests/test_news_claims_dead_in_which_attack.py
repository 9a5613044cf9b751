"""Soldiers counted in an "in which" clause on one attack are that attack's dead.

"The camp was hit by a blast on 29 July in which, according to Moscow, 53 prisoners of
war were killed": the relative clause tells the toll of the blast the narrator names as
an event, the source only tagged to it, so it is no side's claim of war losses (as "a
blast killed 53 prisoners, according to Moscow" is none). Strikes in the plural over a
span ("attacks in which 400 soldiers have died since May") stay a running count.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Any]]]
_DAY = date(2024, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "The camp was hit by a blast on 29 July in which, according to Moscow, 53 Ukrainian "
        "prisoners of war were killed.",
        "The barracks were hit by a missile strike on Sunday in which 40 Russian soldiers "
        "were killed, Kyiv said.",
        "Moscow said an explosion at the prison, during which 20 Ukrainian prisoners died, "
        "was Kyiv's doing.",
    ],
)
def test_news_soldiers_dead_in_one_attack_clause_make_no_claim(news: News, text: str) -> None:
    assert news(text, published=_DAY).claims == []


def test_news_attacks_over_a_span_in_which_soldiers_died_stay_a_claim(
    news: News, found: Found
) -> None:
    """Near miss: attacks in the plural, counted since a date, are a running count."""
    text = (
        "Kyiv said Russian assaults near Avdiivka, in which 4,000 Russian soldiers have died "
        "since October, had failed."
    )
    assert ("RUS", "killed", Count.exact(4_000)) in found(news(text, published=_DAY))


@settings(max_examples=25, deadline=None)
@given(
    attack=st.sampled_from(["a blast", "a single missile strike", "an explosion"]),
    side=st.sampled_from(["Russian", "Ukrainian"]),
    count=st.integers(12, 900),
)
def test_news_one_attack_clause_makes_no_claim_whatever_the_numbers(
    news: News, attack: str, side: str, count: int
) -> None:
    text = (
        f"The base was hit by {attack} in which, according to officials, {count:,} {side} "
        "soldiers were killed."
    )
    assert news(text, published=_DAY).claims == []
