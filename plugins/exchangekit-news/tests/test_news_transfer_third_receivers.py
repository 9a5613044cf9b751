"""Foreigners freed to a third country: "10 prisoners of war ... were flown to Riyadh".

A country that brokers swaps is read as the receiver only where the sentence says the
people were freed, released, handed or flown to it, or that it "secured the release of"
them; only for people of neither side whose kind is told ("foreign nationals" are
``other``); and only with the side that held them told ("captured by Russian forces",
"who had fought for Ukraine"). A mediator stays a mediator, and a third country after
"to" keeps the other warring side from being guessed as the receiver.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_THIRD = {
    "Saudi Arabia": "SAU",
    "Riyadh": "SAU",
    "Qatar": "QAT",
    "Turkey": "TUR",
    "the United Arab Emirates": "UAE",
}
# (the words telling who held them, the side that held them)
_HELD = [
    ("who had fought for Ukraine", "RUS"),
    ("captured while fighting for Ukraine", "RUS"),
    ("who had been held by Russian forces", "RUS"),
    ("who had fought for Russia", "UKR"),
    ("captured by Ukrainian forces", "UKR"),
]
_PEOPLE = {
    "prisoners of war from Britain and the United States": "prisoners_of_war",
    "foreign fighters": "prisoners_of_war",
    "foreign soldiers": "prisoners_of_war",
}
_MOVED = ["were flown to", "were freed to", "were released and flown to", "were handed over to"]


@given(
    count=st.integers(min_value=2, max_value=60),
    third=st.sampled_from(sorted(_THIRD)),
    held=st.sampled_from(_HELD),
    people=st.sampled_from(sorted(_PEOPLE)),
    moved=st.sampled_from(_MOVED),
)
@_SETTINGS
def test_foreigners_moved_to_a_third_country(
    recap: Recap, count: int, third: str, held: tuple[str, str], people: str, moved: str
) -> None:
    words, holder = held
    text = f"Separately, {count} {people} {words} {moved} {third} on Wednesday."
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {
        (holder, _THIRD[third], _PEOPLE[people], str(count))
    }


@given(
    count=st.integers(min_value=2, max_value=60),
    third=st.sampled_from(["Saudi Arabia", "Qatar", "Turkey"]),
    held=st.sampled_from(_HELD),
    verb=st.sampled_from(["secured", "won", "obtained"]),
)
@_SETTINGS
def test_third_country_secured_the_release(
    recap: Recap, count: int, third: str, held: tuple[str, str], verb: str
) -> None:
    words, holder = held
    text = (
        f"{third} said it had {verb} the release of {count} prisoners of war from "
        f"Morocco, the United States and Sweden, {words}."
    )
    assert {(leg[1], leg[2], leg[4]) for leg in recap(text)} == {
        (holder, _THIRD[third], str(count))
    }


@pytest.mark.parametrize(
    "text",
    [
        # a side's own people named by their side may be flown there on their way home
        "Ten Ukrainian prisoners of war captured by Russian forces were flown to Turkey.",
        # who held them is not told
        "Ten prisoners of war from Britain and the United States were flown to Riyadh.",
        # from a place, not from countries of neither side
        "Saudi Arabia secured the release of 10 prisoners of war from Mariupol who had "
        "fought for Ukraine.",
        # the dead go to the side they fought for, not to the country they pass through
        "The remains of 3 foreign volunteers who had fought for Ukraine were flown to Turkey.",
        # a third country after "to": the other warring side is not the receiver
        "Russia freed 10 prisoners of war to Saudi Arabia.",
    ],
)
def test_third_country_unread(recap: Recap, text: str) -> None:
    assert recap(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With the help of Turkey and Saudi Arabia, 215 prisoners of war were returned "
            "to Ukraine.",
            ("RUS", "UKR", "prisoners_of_war", "215"),
        ),
        (
            "Russia freed 95 Ukrainian prisoners of war, thanks to Turkey.",
            ("RUS", "UKR", "prisoners_of_war", "95"),
        ),
    ],
)
def test_mediators_stay_mediators(
    recap: Recap, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {expected}
