"""A figure told again ("the same number", "swapped for N") repeats the whole it stands for.

"20 Ukrainians, including two civilians, were swapped for the same number of Russians"
repeats the 20, not the two among them; "146 prisoners were swapped for 146 and eight
civilians" gives back 146 prisoners, not 146 civilians like the figure after it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


def _counts(legs: Legs) -> set[tuple[str, str, str, str]]:
    """(sender, receiver, category, count) of every leg, whatever its date."""
    return {(sender, receiver, kind, count) for _, sender, receiver, kind, count in legs}


@settings(max_examples=30, deadline=None)
@given(
    whole=st.integers(min_value=20, max_value=400),
    part=st.integers(min_value=2, max_value=19),
    people=st.sampled_from(["Ukrainians", "Ukrainian prisoners", "of its citizens"]),
    kind=st.sampled_from(["civilians", "women", "medics"]),
    other=st.sampled_from(["Russian servicemen", "Russians", "Russian soldiers"]),
)
def test_the_same_number_repeats_the_whole_not_an_included_part(
    recap: Callable[[str], Legs], whole: int, part: int, people: str, kind: str, other: str
) -> None:
    """The Russia-bound leg counts the whole before "including", never the part inside it."""
    noun = f"{whole} {people}" if people != "of its citizens" else f"{whole} Ukrainians"
    text = (
        f"On 6 October, {noun}, including {part} {kind}, were swapped for the same "
        f"number of {other}, according to Ukrainian officials."
    )
    to_russia = {c for s, r, _, c in _counts(recap(text)) if (s, r) == ("UKR", "RUS")}
    assert str(part) not in to_russia
    assert to_russia <= {str(whole)}


@pytest.mark.parametrize(
    "text",
    [
        "The last exchange took place on Aug. 24, when 146 prisoners were swapped for 146 "
        "and eight civilians from each side returned home.",
        "On Aug. 24, 146 prisoners were swapped for 146, and 8 civilians from each side "
        "returned home.",
    ],
)
def test_a_swap_counterpart_keeps_the_kind_it_repeats(
    recap: Callable[[str], Legs], text: str
) -> None:
    """The bare 146 after "swapped for" is never read as 146 civilians."""
    counts = _counts(recap(text))
    assert ("UKR", "RUS", "prisoners_of_war", "146") in counts
    assert ("RUS", "UKR", "prisoners_of_war", "146") in counts
    assert not {c for c in counts if c[2] == "civilians" and c[3] == "146"}
    assert ("RUS", "UKR", "civilians", "8") in counts


@settings(max_examples=30, deadline=None)
@given(
    first=st.integers(min_value=10, max_value=300),
    second=st.integers(min_value=10, max_value=300),
    kind=st.sampled_from(["prisoners", "civilians", "soldiers"]),
)
def test_a_bare_figure_before_a_noun_still_shares_it(
    recap: Callable[[str], Legs], first: int, second: int, kind: str
) -> None:
    """ "Ukraine received 90 and 95 prisoners": with no "for" before it, the first figure
    still takes the noun after the second (only a swap's counterpart keeps its own)."""
    text = f"On Aug. 24, Ukraine received {first} and {second} {kind} from Russia."
    kinds = {k for _, _, k, c in _counts(recap(text)) if c == str(first)}
    assert "other" not in kinds


_SIDE_NAMES = {"UKR": ("Ukraine", "Kyiv"), "RUS": ("Russia", "Moscow")}


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=400),
    side=st.sampled_from(["UKR", "RUS"]),
    name=st.sampled_from([0, 1]),
    pronoun=st.sampled_from(["whom", "that"]),
    verb=st.sampled_from(["sent back", "handed over", "returned", "had handed over"]),
    people=st.sampled_from(["wounded soldiers", "prisoners", "civilians"]),
)
def test_the_side_of_an_object_relative_clause_sends_the_people(
    recap: Callable[[str], Legs],
    count: int,
    side: str,
    name: int,
    pronoun: str,
    verb: str,
    people: str,
) -> None:
    """ "the 22 soldiers whom Russia sent back": the side after the pronoun is the sender."""
    other = "RUS" if side == "UKR" else "UKR"
    text = (
        f"He was not among the {count} {people} {pronoun} {_SIDE_NAMES[side][name]} "
        f"{verb} on Wednesday."
    )
    moved = {(s, r, c) for s, r, _, c in _counts(recap(text))}
    assert moved == {(side, other, str(count))}


@pytest.mark.parametrize(
    "text",
    [
        # the side says; what it did is not told in the clause itself
        "The 90 prisoners that Russia says it released are not on the list.",
        # no side right after the pronoun: nobody is known to have sent them
        "The 90 prisoners whom the guards sent back on Wednesday were ill.",
    ],
)
def test_an_object_relative_clause_without_a_side_sends_no_one_guessed(
    recap: Callable[[str], Legs], text: str
) -> None:
    """Without a side doing the verb at once after the pronoun, no direction is guessed."""
    assert recap(text) == set()


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=400),
    people=st.sampled_from(["residents of the Kursk region", "civilians", "soldiers"]),
    story=st.sampled_from(
        [
            "who had been evacuated to Ukrainian territory last year",
            "who were captured in the fighting last year",
            "who had defended the city in 2022",
            "who were stranded in Ukraine in 2024",
        ]
    ),
)
def test_a_who_clause_on_the_object_neither_sums_nor_dates_the_handover(
    recap: Callable[[str], Legs], count: int, people: str, story: str
) -> None:
    """ "On Sunday Ukraine returned eight residents who had been evacuated last year": one
    handover on Sunday, not a year's total and not dated by the residents' story."""
    text = f"On Sunday, Ukraine returned to Russia {count} {people} {story}."
    legs = recap(text)
    assert {(s, r, c) for _, s, r, _, c in legs} == {("UKR", "RUS", str(count))}
    assert {period for period, *_ in legs} == {"2025-11-16"}


def test_a_who_clause_that_moves_the_people_still_dates_them(
    recap: Callable[[str], Legs],
) -> None:
    """A "who" clause whose own verb moves the people keeps its date (a move told there)."""
    text = "Among the 52 servicemen who returned home on Saturday was a medic."
    assert {period for period, *_ in recap(text)} <= {"2025-11-15"}


def _kinds_home(legs: dict[tuple[str, str, str], object], home: str) -> set[str]:
    return {kind for (_, receiver, kind) in legs if receiver == home}


@settings(max_examples=20, deadline=None)
@given(
    count=st.integers(2, 900),
    word=st.sampled_from(["prisoners", "soldiers", "POWs", "servicemen"]),
    side=st.sampled_from(
        [("Ukraine", "Kyiv", "Ukrainians", "UKR"), ("Russia", "Moscow", "Russians", "RUS")]
    ),
)
def test_news_a_headlines_kind_gives_way_to_the_bodys_figure_of_no_one_kind(
    legs: Callable[..., dict[tuple[str, str, str], object]],
    count: int,
    word: str,
    side: tuple[str, str, str, str],
) -> None:
    country, capital, nationals, code = side
    text = (
        f"{country} gets back {count} {word} in exchange\n\n"
        f"{capital} said {count} {nationals} came home on Saturday.\n"
    )
    assert _kinds_home(legs(text), code) == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        # a headline figure the body does not restate keeps its kind
        "Ukraine gets back 116 prisoners in exchange\n\nKyiv said 115 Ukrainians came home.\n",
        # a body that states the kind itself keeps it
        "Ukraine gets back 116 Ukrainians in exchange\n\nKyiv said 116 soldiers came home.\n",
    ],
)
def test_news_a_headlines_kind_stays_where_the_body_does_not_retell_it_kindless(
    legs: Callable[..., dict[tuple[str, str, str], object]], text: str
) -> None:
    assert "prisoners_of_war" in _kinds_home(legs(text), "UKR")


@settings(max_examples=20, deadline=None)
@given(
    size=st.integers(min_value=40, max_value=3000),
    back=st.integers(min_value=2, max_value=39),
    sender=st.sampled_from([("Russia", "RUS", "UKR"), ("Ukraine", "UKR", "RUS")]),
    phrase=st.sampled_from(
        [
            "A second handover of the same size followed on Friday.",
            "Another handover of the dead, of the same size as Wednesday's, took place on Friday.",
            "Another repatriation of bodies of the same size came on Friday.",
        ]
    ),
)
def test_a_further_handover_of_the_same_size_repeats_the_bodies_that_came_home(
    news: Callable[..., Any],
    size: int,
    back: int,
    sender: tuple[str, str, str],
    phrase: str,
) -> None:
    """ "A second handover of the same size": the earlier handover's bodies again, on its date."""
    name, code, other = sender
    text = (
        f"On Wednesday {name} handed over the remains of {size:,} soldiers and got back "
        f"the bodies of {back}. {phrase}"
    )
    found = news(text, published=date(2025, 6, 16)).period_legs()
    assert ("2025-06-13", code, other, "remains", f"{size:,}") in found
    assert not any(leg[0] == "2025-06-13" and leg[4] == str(back) for leg in found)


@pytest.mark.parametrize(
    "phrase",
    [
        "Another handover of the same size is expected next week.",
        "Another handover of the same size as Tuesday's followed on Friday.",
        "The handover of the same size on Friday was delayed.",
        "Moscow said it was ready for another handover of the same size.",
    ],
)
def test_a_handover_of_the_same_size_yet_to_come_or_unnamed_repeats_nothing(
    news: Callable[..., Any], phrase: str
) -> None:
    """A planned one, one likened to another day's, or one not said to be further: unread."""
    text = f"On Wednesday Russia handed over 1,212 bodies. {phrase}"
    found = news(text, published=date(2025, 6, 16)).period_legs()
    assert found == {("2025-06-11", "RUS", "UKR", "remains", "1,212")}


@settings(max_examples=30, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=90_000),
    things=st.sampled_from(["tanks", "drones", "artillery systems", "armoured vehicles"]),
    verb=st.sampled_from(["lost", "had lost", "is said to have lost"]),
)
def test_the_same_number_of_things_repeats_no_one(
    news: Callable[..., Any], n: int, things: str, verb: str
) -> None:
    """ "Ukraine has lost the same number of tanks" counts tanks: no claim for Ukraine."""
    read = news(f"Russia has lost {n:,} soldiers; Ukraine {verb} the same number of {things}.")
    assert {c.subject.code for c in read.claims} <= {"RUS"}
    assert read.exchanges == []


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine received 90 soldiers and handed over the same number of its own.",
        "Russia handed over 500 bodies and took back the same number of bodies.",
        "Kyiv got 90 soldiers back and returned the same number of Russian prisoners.",
    ],
)
def test_the_same_number_of_people_still_repeats_the_figure(
    recap: Callable[[str], Legs], text: str
) -> None:
    """A pronoun, a possessive, a name or a word for people after "of" still counts people."""
    senders = {sender for sender, _, _, _ in _counts(recap(text))}
    assert senders == {"RUS", "UKR"}
