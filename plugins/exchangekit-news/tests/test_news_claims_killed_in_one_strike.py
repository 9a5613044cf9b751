"""A toll of people killed or hurt "in" one strike the clause names is no claim, whoever gives it.

"The ministry claimed it had killed 300 soldiers in a rocket strike on a school": one
attack's dead are news of that attack, not a side's count of its war losses,
whether the narrator or an official tells them. A span ("over four months", "since May"),
a running total, attacks in the plural or a toll with no attack named keep a claim.
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
_DAY = date(2024, 3, 4)


def _claims(news: News, text: str) -> set[tuple[str, str, Count]]:
    return {(c.subject.code, c.category.value, c.count) for c in news(text, published=_DAY).claims}


@settings(max_examples=30, deadline=None)
@given(
    speaker=st.sampled_from(
        ["Moscow's defence ministry claimed", "Kyiv's general staff said", "The army says"]
    ),
    count=st.integers(12, 9_000),
    hedge=st.sampled_from(["", "more than ", "at least ", "about "]),
    attack=st.sampled_from(
        ["a missile strike on a barracks", "a single drone attack", "an overnight strike"]
    ),
    side=st.sampled_from(["Ukrainian", "Russian"]),
)
def test_news_an_official_who_killed_soldiers_in_one_strike_makes_no_claim(
    news: News, speaker: str, count: int, hedge: str, attack: str, side: str
) -> None:
    """ "The ministry claimed it had killed 250 soldiers in a missile strike": the active form,
    the attack after the figure."""
    text = f"{speaker} it had killed {hedge}{count:,} {side} troops in {attack}."
    assert _claims(news, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the passive form, the attack after the verb
        "Kyiv said 75 Russian soldiers were killed in a missile strike on a depot near Donetsk.",
        # the hurt, and a place and day between verb and attack
        "The general staff says 130 Ukrainian servicemen were wounded on Monday in a single "
        "glide-bomb attack.",
        # an official tags the toll after it
        "More than 200 Russian troops were killed in an overnight strike on a command post, "
        "according to Ukraine's military.",
    ],
)
def test_news_soldiers_hurt_in_one_strike_make_no_claim(news: News, text: str) -> None:
    assert _claims(news, text) == set()


def test_news_a_toll_given_later_for_the_same_strike_makes_no_claim(news: News) -> None:
    """A lower toll the source gave the day before, for the attack the sentence before told,
    is that attack's toll too, and never a claim for the other side."""
    text = (
        "Moscow said 70 Ukrainian prisoners were killed in a rocket strike on the camp on "
        "Friday. The day before it gave a lower death toll of 45."
    )
    assert _claims(news, text) == set()


def test_news_a_rival_toll_for_the_strike_in_the_same_sentence_makes_no_claim(news: News) -> None:
    """The other side's toll for the strike told earlier in the sentence is its toll too."""
    text = (
        "Moscow said 61 prisoners had died in what it called a Ukrainian rocket strike; Kyiv, "
        "which blames Russia, puts the toll at 66."
    )
    assert _claims(news, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of months: a count of many attacks
        (
            "Kyiv recalled its summer push, a strike operation in which 18,000 Russian soldiers "
            "were killed over three months, according to its general staff.",
            {("RUS", "killed", Count.exact(18_000))},
        ),
        # no attack named: a count of a week
        (
            "The ministry said it had killed 2,400 Ukrainian soldiers in the past week.",
            {("UKR", "killed", Count.exact(2_400))},
        ),
        # attacks in the plural over a day
        (
            "The general staff said Russia had lost 1,350 soldiers in attacks on Pokrovsk over "
            "the past day.",
            {("RUS", "total_losses", Count.exact(1_350))},
        ),
        # a toll of a strike later in the paragraph, but this figure runs since May
        (
            "A missile strike hit the port on Thursday. Later the ministry gave a toll of 90 "
            "Ukrainian soldiers killed since May.",
            {("UKR", "killed", Count.exact(90))},
        ),
    ],
)
def test_news_a_toll_of_many_attacks_or_none_stays_a_claim(
    news: News, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert _claims(news, text) == expected
