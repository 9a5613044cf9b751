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
def test_news_soldiers_dead_in_one_attack_clause_make_no_claim(
    news: News, found: Found, text: str
) -> None:
    """The attack's dead go; a running count in the next sentence is still read."""
    text += " Kyiv says 31,000 Ukrainian soldiers have been killed since 2022."
    assert found(news(text, published=_DAY)) == {("UKR", "killed", Count.exact(31_000))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "strike" only qualifies the operation, over a span of months
        (
            "Kyiv recalled its summer offensive, a strike operation in which 25,000 Russian "
            "soldiers were killed over four months, according to its general staff.",
            {("RUS", "killed", Count.exact(25_000))},
        ),
        # a verb of taking, not of a toll
        (
            "Moscow said a drone attack on the bridge, during which 45 Ukrainian soldiers were "
            "captured, had been repelled.",
            {("UKR", "captured", Count.exact(45))},
        ),
    ],
)
def test_news_no_toll_of_one_attack_in_the_clause_stays_a_claim(
    news: News, found: Found, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert found(news(text, published=_DAY)) == expected


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
    news: News, found: Found, attack: str, side: str, count: int
) -> None:
    text = (
        f"The base was hit by {attack} in which, according to officials, {count:,} {side} "
        "soldiers were killed. Kyiv says 31,000 Ukrainian soldiers have been killed since 2022."
    )
    assert found(news(text, published=_DAY)) == {("UKR", "killed", Count.exact(31_000))}
