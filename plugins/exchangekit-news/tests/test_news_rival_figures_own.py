"""Rival figures for one swap: "N of its own", and a rival's speaker across a figure.

Data desks set the two sides' figures side by side: "Kyiv said it got back 90 people,
while Moscow said it returned 112 of its own". A bare "of its own" counts the owner's
people, so the owner received them, whatever nationality the clause names later; and
they are a group apart, not more of the group the figure before counted. In "Russia
said it had freed 120 Ukrainians, while Kyiv said 134 came home" the side saying the
second figure is Kyiv, not the "it" before the first figure (an earlier mention of a
Russian ministry must not carry across the first figure to the second).
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
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 2, 10)


@settings(max_examples=10, deadline=None)
@given(
    ours=st.integers(20, 300),
    own=st.integers(20, 300),
    verb=st.sampled_from(["returned", "got back", "received"]),
    pronoun=st.sampled_from([("it", "its"), ("they", "their")]),
)
def test_news_a_bare_of_its_own_goes_to_its_owner(
    news: News,
    transfer_tuples: TransferTuples,
    ours: int,
    own: int,
    verb: str,
    pronoun: tuple[str, str],
) -> None:
    subject = "Moscow" if pronoun[0] == "it" else "the Russian authorities"
    read = news(
        f"In the prisoner swap in March, Kyiv said it got back {ours} people, while {subject} said"
        f" {pronoun[0]} {verb} {own} of {pronoun[1]} own.",
        published=_DAY,
    )
    assert transfer_tuples(read) == {
        ("RUS", "UKR", "other", Count.exact(ours)),
        ("UKR", "RUS", "other", Count.exact(own)),
    }


def test_news_a_later_nationality_does_not_turn_a_bare_own_around(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """The harder form: the Ukrainians named after the dash are other people."""
    read = news(
        "After the October exchange, Moscow said it had returned 64 of its own - though it"
        " gave no number for the Ukrainians it handed back.",
        published=_DAY,
    )
    assert transfer_tuples(read) == {("UKR", "RUS", "prisoners_of_war", Count.exact(64))}


def test_news_a_named_nationality_is_no_bare_own(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """The near miss: with the people named, they go where the verb sends them."""
    read = news(
        "After the October exchange, Moscow said it had returned 64 Ukrainians.", published=_DAY
    )
    assert transfer_tuples(read) == {("RUS", "UKR", "other", Count.exact(64))}


@pytest.mark.parametrize(
    "text",
    [
        "After the May exchange the Russian defence ministry issued a statement. Russia said"
        " it had freed 120 Ukrainians, while Kyiv said 134 people had come home.",
        # the harder form: "whereas", "that", and the ministry named in a clause of its own
        "The ministry in Moscow put out its figures first. On the May swap, Russia said that"
        " it handed over 120 Ukrainians, whereas Ukraine said 134 people came back.",
    ],
)
def test_news_the_rival_figure_is_its_own_speakers(
    news: News, transfer_tuples: TransferTuples, text: str
) -> None:
    legs = transfer_tuples(news(text, published=_DAY))
    assert ("RUS", "UKR", "other", Count.exact(134)) in legs
    assert not any(leg[1] == "RUS" for leg in legs)
