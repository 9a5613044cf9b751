"""Soldiers killed by one strike that the narrator tells as an event, the source only tagged.

"A missile strike on the barracks killed 40 conscripts, according to Moscow's own count"
is one event's toll, not a side's claim of war losses, and so is an official's statement
that frames the strike ("the ministry said its strike had killed 400").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2024, 3, 4)


@settings(max_examples=30, deadline=None)
@given(
    attack=st.sampled_from(
        ["A Ukrainian strike", "A single missile strike", "An overnight attack"]
    ),
    place=st.sampled_from(["on a barracks in Donetsk", "on the training ground", ""]),
    side=st.sampled_from(["Russian", "Ukrainian"]),
    tag=st.sampled_from(
        ["according to the defence ministry's own count", "according to Moscow", "officials said"]
    ),
    count=st.integers(12, 400),
)
def test_news_one_strike_told_as_an_event_makes_no_claim(
    news: News, attack: str, place: str, side: str, tag: str, count: int
) -> None:
    subject = f"{attack} {place}".strip()
    text = f"{subject} killed {count} {side} soldiers, {tag}."
    assert news(text, published=_DAY).claims == []


def test_news_one_strike_in_a_longer_sentence_makes_no_claim(news: News) -> None:
    """The harder form: a place opening the sentence and a time between subject and verb."""
    text = (
        "In Makiivka, a Ukrainian rocket strike on a vocational school on New Year's night "
        "killed 89 Russian soldiers, according to Russia's own figures, the deadliest single "
        "attack Moscow has acknowledged."
    )
    assert [c for c in news(text, published=_DAY).claims if str(c.count) == "89"] == []


@pytest.mark.parametrize(
    "text",
    [
        # strikes over a span: a running count
        "Ukrainian strikes have killed 400 Russian soldiers since May, the ministry said.",
        # no attack as the subject of the toll
        "The ministry said 400 Ukrainian soldiers had been killed in the past week.",
    ],
)
def test_news_a_strike_toll_framed_by_a_statement_stays_a_claim(news: News, text: str) -> None:
    assert [str(c.count) for c in news(text, published=_DAY).claims] == ["400"]


@settings(max_examples=30, deadline=None)
@given(
    dead=st.integers(2, 40),
    hurt=st.integers(41, 200),
    noun=st.sampled_from(["servicemen", "soldiers", "troops"]),
    hedge=st.sampled_from(["", "more than ", "at least "]),
)
def test_news_a_bare_count_after_soldiers_in_a_strike_is_more_of_the_strikes_toll(
    news: News, dead: int, hurt: int, noun: str, hedge: str
) -> None:
    """ "The army said 12 servicemen were killed and 60 were wounded in a missile strike":
    the bare 60 goes on from the soldiers, and both are the one strike's toll, no claim."""
    text = (
        f"The Ukrainian army said {dead} {noun} were killed and {hedge}{hurt} were wounded "
        "in a missile strike on a training ground."
    )
    assert news(text, published=_DAY).claims == []


def test_news_a_bare_count_after_civilians_in_a_strike_stays_the_strikes_toll(
    news: News,
) -> None:
    """The near miss: civilians before the bare count keep it one strike's news."""
    text = (
        "The Ukrainian governor said four civilians were killed and 60 were wounded in a "
        "missile strike on the city."
    )
    assert news(text, published=_DAY).claims == []


@settings(max_examples=30, deadline=None)
@given(
    teller=st.sampled_from(
        ["Several of the freed men told reporters", "One of the women said", "Relatives say"]
    ),
    attack=st.sampled_from(["an explosion in July", "a blast last summer", "a single strike"]),
    count=st.integers(12, 90),
)
def test_news_one_attack_told_in_a_where_clause_after_a_speaker_makes_no_claim(
    news: News, teller: str, attack: str, count: int
) -> None:
    """ "The women said they had been held at a camp near Donetsk, where a blast in July
    killed more than 50 prisoners of war": the relative clause on the place tells the attack
    as an event; the speaker before it frames where they were held, not the toll."""
    text = (
        f"{teller} they had been held at a prison camp near Donetsk, where {attack} killed "
        f"{count} Ukrainian prisoners of war."
    )
    assert news(text, published=_DAY).claims == []


def test_news_a_strike_toll_said_without_a_place_clause_is_no_claim(news: News) -> None:
    """The speaker's own clause names the attack: still one attack's toll, no claim."""
    text = (
        "One of the freed men said a blast at the camp had killed more than 50 Ukrainian "
        "prisoners of war."
    )
    assert news(text, published=_DAY).claims == []
