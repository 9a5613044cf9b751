"""A relative clause after an "of" phrase is skipped to reach the people's verb.

"Twelve residents of the Sudzha district who had been taken to Ukraine returned home":
the relative clause opens after "of the Sudzha district", and its own finite verbs
("had been taken") are not the noun group's, so "returned home" is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

CIVILIANS = PersonCategory.CIVILIANS

_TELLERS = {
    "Russia's ombudsman": ("UKR", "RUS"),
    "Ukraine's ombudsman": ("RUS", "UKR"),
}


@settings(max_examples=40, deadline=None)
@given(
    figure=st.integers(min_value=2, max_value=400),
    place=st.sampled_from(["the town", "the border district", "the village"]),
    relative=st.sampled_from(
        [
            "who had been taken to the other side during the fighting",
            "who had been held there for months",
            "that had been held in camps",
        ]
    ),
    teller=st.sampled_from(list(_TELLERS)),
)
def test_news_people_of_a_place_with_a_relative_reach_their_verb(
    legs_of: Callable[..., Any], figure: int, place: str, relative: str, teller: str
) -> None:
    text = f"{figure} residents of {place} {relative} returned home on Tuesday, {teller} said."
    assert legs_of(text) == {(*_TELLERS[teller], CIVILIANS): [Count.exact(figure)]}


@pytest.mark.parametrize(
    "text",
    [
        # the relative's own verb is no handover and the main verb moves no one
        "Twelve residents of the town who had been held there for months are still "
        "waiting to go home, Ukraine's ombudsman said.",
        # a comma ends the "of" phrase search: the aside has a verb of its own
        "Twelve residents of the town, the governor said, had been detained who returned home.",
    ],
)
def test_news_people_of_a_place_whose_relative_has_no_main_handover_read_nothing(
    legs_of: Callable[..., Any], text: str
) -> None:
    assert legs_of(text) == {}


@settings(max_examples=30, deadline=None)
@given(
    whole=st.integers(min_value=100, max_value=900),
    part=st.integers(min_value=2, max_value=99),
    described=st.sampled_from(
        ["had defended the plant", "had been wounded in battle", "were officers", "have families"]
    ),
)
def test_news_a_part_of_whom_something_else_is_told_leaves_the_whole_moved(
    legs_of: Callable[..., Any], whole: int, part: int, described: str
) -> None:
    """ "returned 144 Ukrainian servicemen, of whom 95 had defended the plant": the part's
    own verb is no verb of moving, so the 144 came home and the 95 are no record."""
    got = legs_of(
        f"On 29 June, the exchange returned {whole} Ukrainian servicemen, of whom {part} "
        f"{described}."
    )
    assert got == {("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): [Count.exact(whole)]}


@settings(max_examples=30, deadline=None)
@given(
    figure=st.integers(min_value=2, max_value=2000),
    head=st.sampled_from(["the bodies", "the remains"]),
    relative=st.sampled_from(
        [
            "who had been killed in the Donetsk region",
            "who were killed near Bakhmut",
            "who had died in captivity",
        ]
    ),
    side=st.sampled_from([("Ukraine", "RUS", "UKR"), ("Russia", "UKR", "RUS")]),
)
def test_news_the_dead_of_a_body_phrase_with_a_death_relative_are_still_moved(
    news: Callable[..., Any],
    figure: int,
    head: str,
    relative: str,
    side: tuple[str, str, str],
) -> None:
    """ "Ukraine received the bodies of 254 soldiers who had been killed in the east": the
    relative says how the dead died; the bodies moved, and no toll is told."""
    receiver, sender, code = side
    read = news(f"Last week, {receiver} received {head} of {figure:,} soldiers {relative}.")
    legs = {
        (t.sender.code, t.receiver.code, t.category, t.count)
        for e in read.exchanges
        for t in e.transfers
    }
    assert legs == {(sender, code, PersonCategory.REMAINS, Count.exact(figure))}
    assert read.claims == []


@settings(max_examples=40, deadline=None)
@given(
    figure=st.integers(min_value=2, max_value=400),
    place=st.sampled_from(["Hrabovske", "Velyka Pysarivka", "Tetkino"]),
    aside=st.sampled_from(
        [
            "a border village in the Sumy region that troops briefly entered last December",
            "a small town near the border which was shelled for months",
            "a village where fighting went on into the spring",
        ]
    ),
    teller=st.sampled_from(list(_TELLERS)),
)
def test_news_people_of_a_place_named_again_with_a_relative_reach_their_verb(
    legs_of: Callable[..., Any], figure: int, place: str, aside: str, teller: str
) -> None:
    """ "Twelve residents of Hrabovske, a border village ... that troops entered last
    December, have returned": the aside names the place again; the verb is the people's."""
    text = f"{figure} residents of {place}, {aside}, have returned home, {teller} said."
    assert legs_of(text) == {(*_TELLERS[teller], CIVILIANS): [Count.exact(figure)]}


def test_news_a_place_apposition_dates_no_return(periods: Callable[..., Any]) -> None:
    """The month in the place's relative clause is when the place was entered, not the return."""
    text = (
        "Fourteen residents of Sopych, a frontier hamlet in the Sumy region that Russian "
        "units overran for a few days last December, are back in Ukraine, officials said. "
        "They arrived on Friday."
    )
    assert periods(text, date(2025, 10, 20)) == {"2025-10-17"}


@pytest.mark.parametrize(
    "text",
    [
        # the aside holds a figure of its own: not skipped
        "Twelve residents of Hrabovske, a village of 300 people that troops entered, "
        "have returned home.",
        # the aside names a person, not a place
        "Twelve residents of Hrabovske, a teacher among them who had been held, were "
        "still waiting to go home.",
    ],
)
def test_news_a_place_apposition_with_its_own_count_is_not_skipped(
    legs_of: Callable[..., Any], text: str
) -> None:
    assert legs_of(text) == {}
