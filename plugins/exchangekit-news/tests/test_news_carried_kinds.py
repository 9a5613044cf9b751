"""Bare figures whose kind of people comes from an earlier figure: which kind they carry.

A figure with no noun of its own ("Ukraine had received 6,057") counts the people
the sentence or the report has just named. It carries the dead of an earlier figure
in its sentence, and a mix of kinds as a figure of no one kind, never the kind of
the last part of a breakdown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Legs = Callable[..., dict[tuple[str, str, str], Any]]
Recap = Callable[[str], set[tuple[str, str, str, str, str]]]
News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        (
            "After the talks, Moscow announced it would hand back 4,000 bodies; by late "
            "July Kyiv had received 4,020, and it sent back the remains of 51 Russian "
            "soldiers.",
            ("RUS", "UKR", "remains"),
        ),
        (
            "Kyiv pledged to repatriate 900 bodies this week; by Friday Russia had taken back 912.",
            ("UKR", "RUS", "remains"),
        ),
        (
            "Ukraine agreed to hand over 2,000 fallen soldiers' bodies, and in the end "
            "Russia got back 2,011.",
            ("UKR", "RUS", "remains"),
        ),
        (
            "Russia returned 6,057 bodies, while Moscow put the number it had handed over "
            "at 6,000 and the number received at 78.",
            ("UKR", "RUS", "remains"),
        ),
        (
            "Kyiv said 90 soldiers had come home; Moscow put the number sent at 88 and the "
            "number received at 91.",
            ("UKR", "RUS", "prisoners_of_war"),
        ),
    ],
)
def test_news_a_bare_figure_takes_the_kind_and_way_its_sentence_told(
    legs: Legs, text: str, leg: tuple[str, str, str]
) -> None:
    assert leg in legs(text)


def test_news_a_bare_figure_in_a_sentence_about_prisoners_is_not_carried_to_bodies(
    legs: Legs,
) -> None:
    text = "Russia handed over 300 bodies and 40 prisoners; Ukraine sent back 120."
    assert ("UKR", "RUS", "remains") not in legs(text)


@settings(max_examples=20, deadline=None)
@given(promised=st.integers(200, 9_000), received=st.integers(200, 9_000))
def test_news_a_bare_received_figure_keeps_the_bodies_promised_before_it(
    legs: Legs, promised: int, received: int
) -> None:
    text = (
        f"Russia said it would return {promised:,} bodies; within weeks Ukraine had "
        f"received {received:,}."
    )
    kinds = {kind for (_, receiver, kind) in legs(text) if receiver == "UKR"}
    assert kinds == {"remains"}


def _tally_kinds(result: Any) -> set[str]:
    """The kinds of people of every stated tally read."""
    return {t.category.value for t in result.tallies}


@pytest.mark.parametrize(
    "told",
    [
        "Yesterday 390 people were handed over by each side — 270 soldiers and 120 civilians.",
        "On Friday each side freed 210 people, 180 soldiers and 30 civilians among them.",
        "The first stage returned 150 servicemen and 40 civilians to each side.",
    ],
)
def test_news_a_running_total_after_a_mixed_breakdown_is_of_no_one_kind(
    news: News, told: str
) -> None:
    text = f"{told} With the second stage, almost 700 have now come home in either direction."
    kinds = _tally_kinds(news(text))
    assert "civilians" not in kinds
    assert kinds <= {"other"}


@settings(max_examples=20, deadline=None)
@given(soldiers=st.integers(100, 400), civilians=st.integers(5, 99))
def test_news_a_total_after_soldiers_and_civilians_never_takes_the_last_parts_kind(
    news: News, soldiers: int, civilians: int
) -> None:
    text = (
        f"Yesterday {soldiers + civilians} people were handed over by each side — "
        f"{soldiers} soldiers and {civilians} civilians. With today's stage, almost 900 "
        "have now come home in either direction."
    )
    assert "civilians" not in _tally_kinds(news(text))


@settings(max_examples=15, deadline=None)
@given(sent=st.integers(500, 9_000), received=st.integers(10, 400))
def test_news_the_number_received_after_a_put_gap_is_never_a_running_total(
    news: News, sent: int, received: int
) -> None:
    text = (
        f"Ukraine got back {sent:,} bodies, while Moscow put the number it had handed over "
        f"at {sent:,} and the number received at {received:,}."
    )
    assert not news(text).tallies


_SIDES = [("Kyiv", "Russians", "UKR", "RUS"), ("Moscow", "Ukrainians", "RUS", "UKR")]


@settings(max_examples=20, deadline=None)
@given(
    side=st.sampled_from(_SIDES),
    bodies=st.integers(300, 9_000),
    sent=st.integers(10, 99),
    link=st.sampled_from(["while sending home", "and handed over", "in exchange for"]),
)
def test_news_nationals_traded_against_bodies_are_the_dead_too(
    legs: Legs, side: tuple[str, str, str, str], bodies: int, sent: int, link: str
) -> None:
    home, others, home_code, other_code = side
    text = f"In July, {home} took back {bodies:,} bodies, {link} {sent} {others}."
    read = legs(text)
    assert (other_code, home_code, "remains") in read
    assert (home_code, other_code, "remains") in read
    assert (home_code, other_code, "other") not in read


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine received 909 bodies, and 205 Ukrainians came home in an exchange of prisoners.",
        "Ukraine received 909 bodies on Monday, and on Tuesday 84 Ukrainians came home.",
        "Ukraine received 909 bodies; 84 Ukrainians came home as well.",
    ],
)
def test_news_nationals_apart_from_the_bodies_stay_of_no_one_kind(legs: Legs, text: str) -> None:
    kinds = {kind for (_, receiver, kind) in legs(text) if receiver == "UKR"}
    assert "other" in kinds


_NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]


@given(
    n=st.integers(2, 9),
    digits=st.booleans(),
    nationality=st.sampled_from(["British", "foreign", "Georgian", ""]),
    receiver=st.sampled_from([("Ukraine", "RUS", "UKR"), ("Russia", "UKR", "RUS")]),
    noun=st.sampled_from(["bodies", "remains"]),
)
@settings(max_examples=20, deadline=None)
def test_news_the_remains_of_volunteers_are_a_handover_of_bodies(
    legs: Legs,
    n: int,
    digits: bool,
    nationality: str,
    receiver: tuple[str, str, str],
    noun: str,
) -> None:
    told = str(n) if digits else _NUMBER_WORDS[n - 2]
    side, sender, home = receiver
    people = f"{nationality} volunteers".strip()
    text = f"{side} also received the {noun} of {told} {people} who went missing last month."
    assert str(legs(text).get((sender, home, "remains"))) == str(n)


@pytest.mark.parametrize(
    "text",
    [
        # volunteers at work, not moved: no handover
        "About 40 volunteers helped unload the buses at the border on Friday.",
        "A team of 12 volunteers counts the dead from obituaries.",
    ],
)
def test_news_volunteers_not_moved_are_no_handover(legs: Legs, text: str) -> None:
    assert legs(text) == {}


@given(
    n=st.integers(20, 300).filter(lambda v: v != 116),  # not the "116 people" of the text
    day=st.integers(2, 27),
    month=st.sampled_from(["January", "March", "June"]),
)
@settings(max_examples=15, deadline=None)
def test_news_a_dated_pair_after_bodies_is_a_swap_of_prisoners(
    recap: Recap, n: int, day: int, month: str
) -> None:
    text = (
        "Ukraine says it has freed 116 people in a new exchange of prisoners. Ukraine has "
        "also received the bodies of two British volunteers. For context: this is the "
        f"second exchange of the year. The first, on {day} {month}, was {n} for {n}."
    )
    assert categories_of(recap(text), str(n)) == {"prisoners_of_war"}


def test_news_a_dated_pair_of_bodies_stays_of_the_dead(recap: Recap) -> None:
    text = (
        "Ukraine received 1,000 bodies on Thursday. On 17 July the bodies were swapped 62 for 62."
    )
    assert categories_of(recap(text), "62") <= {"remains"}


def categories_of(legs: set[tuple[str, str, str, str, str]], count: str) -> set[str]:
    """The categories of every leg read with ``count``."""
    return {leg[3] for leg in legs if leg[4] == count}


@given(
    n=st.integers(2, 90),
    side=st.sampled_from([("Ukrainian", "RUS", "UKR"), ("Russian", "UKR", "RUS")]),
    people=st.sampled_from([("civilians", "civilians"), ("soldiers", "prisoners_of_war")]),
    told=st.sampled_from(
        [
            "The ombudsman confirmed the return of {side} {people} but put their number at {n}.",
            "The ombudsman confirmed that {side} {people} had returned and thanked Belarus, "
            "but put their number at {n}.",
        ]
    ),
)
@settings(max_examples=20, deadline=None)
def test_news_a_number_put_on_people_said_to_be_back_counts_them(
    legs: Legs, n: int, side: tuple[str, str, str], people: tuple[str, str], told: str
) -> None:
    nationality, sender, receiver = side
    text = told.format(side=nationality, people=people[0], n=n)
    assert {k: str(v) for k, v in legs(text).items()} == {(sender, receiver, people[1]): str(n)}


@pytest.mark.parametrize(
    "text",
    [
        # no side's people named: whose they are is not said
        "The ombudsman confirmed the return but put the number at 12.",
        # both sides' people named: not one way
        "He confirmed the return of Ukrainian and Russian civilians but put their number at 12.",
        # no return told before the count
        "The ombudsman praised Ukrainian civilians but put their number at 12.",
    ],
)
def test_news_a_number_put_without_one_sides_people_back_is_no_handover(
    legs: Legs, text: str
) -> None:
    assert legs(text) == {}


_KINDS = {
    "civilians": "civilians",
    "servicemen": "prisoners_of_war",
    "soldiers": "prisoners_of_war",
}
_PEOPLE = {"Ukrainian": ("Ukrainians", "RUS", "UKR"), "Russian": ("Russians", "UKR", "RUS")}


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=900),
    side=st.sampled_from(sorted(_PEOPLE)),
    kind=st.sampled_from(sorted(_KINDS)),
    participle=st.sampled_from(["returned ", "freed ", "released ", ""]),
    all_=st.sampled_from(["", "all "]),
)
def test_news_a_kind_told_after_by_a_copula_is_the_earlier_transfers(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
    count: int,
    side: str,
    kind: str,
    participle: str,
    all_: str,
) -> None:
    """ "handed over nine Ukrainian citizens ... the nine Ukrainians returned were civilians":
    the people counted with no kind take the one kind the copula names."""
    plural, sender, receiver = _PEOPLE[side]
    text = (
        f"On Wednesday the two sides swapped prisoners, and {count:,} {side} citizens were"
        f" handed over as well, officials said. The headquarters said separately that the"
        f" {count:,} {plural} {participle}were {all_}{kind} who had been detained in 2022."
    )
    read = legs(text)
    assert read.get((sender, receiver, _KINDS[kind])) == Count.exact(count)
    assert (sender, receiver, "other") not in read


@pytest.mark.parametrize(
    "text",
    [
        # a different number: not the people counted before
        "On Wednesday 40 Ukrainian citizens were handed over, officials said. The"
        " headquarters said the 12 Ukrainians returned were civilians.",
        # two kinds after the copula: a breakdown, not one kind
        "On Wednesday 40 Ukrainian citizens were handed over, officials said. The"
        " headquarters said the 40 Ukrainians returned were soldiers and civilians.",
    ],
)
def test_news_a_copula_kind_needs_one_earlier_transfer_of_its_number(
    legs: Callable[..., dict[tuple[str, str, str], Any]], text: str
) -> None:
    """No earlier transfer of the same number, or no one kind named: the kind stays unread."""
    read = legs(text)
    assert read.get(("RUS", "UKR", "other")) == Count.exact(40)
    assert ("RUS", "UKR", "civilians") not in read


def test_news_a_copula_kind_with_nothing_told_before_makes_no_transfer(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    """With no transfer counted before, "the nine Ukrainians returned were civilians" moves
    no one of its own."""
    text = "The headquarters said the nine Ukrainians returned were civilians."
    assert ("RUS", "UKR", "civilians") not in legs(text)


_GETTING = ["got back", "received", "had received", "brought home", "took back"]
_SIDES = {"Ukraine": ("RUS", "UKR"), "Russia": ("UKR", "RUS")}


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=900),
    side=st.sampled_from(sorted(_SIDES)),
    kind=st.sampled_from(sorted(_KINDS)),
    getting=st.sampled_from(_GETTING),
    opener=st.sampled_from(["all {n}", "the {n}"]),
)
def test_news_a_kind_told_of_what_one_side_got_back_is_that_sides_transfer(
    legs: Legs, count: int, side: str, kind: str, getting: str, opener: str
) -> None:
    """ "N people went each way ... X said all N it got back were soldiers": the side that
    said it takes the kind; the other side's people stay of no stated kind."""
    sender, receiver = _SIDES[side]
    figure = opener.format(n=f"{count:,}")
    text = (
        f"The two countries exchanged {count:,} people each way on Tuesday, both governments"
        f" said. {side}'s officials said later that {figure} it {getting} were {kind}."
    )
    read = legs(text)
    assert read.get((sender, receiver, _KINDS[kind])) == Count.exact(count)
    assert (sender, receiver, "other") not in read
    assert read.get((receiver, sender, "other")) == Count.exact(count)


@pytest.mark.parametrize(
    "text",
    [
        # the nationals named, the getter "they", the copula in the present
        "Russia and Ukraine traded 64 Ukrainians for 64 Russians on Friday. The Ukrainian"
        " ombudsman told reporters the 64 Ukrainians they have brought back are servicemen.",
        # the nationals name the side even where two sides say it
        "Russia and Ukraine traded 64 Ukrainians for 64 Russians on Friday. Kyiv and Moscow"
        " both said the 64 Ukrainians they got back were servicemen.",
        # a mediator named before the count gets no one back
        "Russia and Ukraine traded 64 Ukrainians for 64 Russians on Friday. Thanking the"
        " Emirates for their mediation, Kyiv said all 64 it received were soldiers.",
    ],
)
def test_news_a_kind_told_of_nationals_one_side_brought_back_is_theirs(
    legs: Legs, text: str
) -> None:
    """Harder forms of "all N it got back were soldiers": the kind goes to the getter's way."""
    read = legs(text)
    assert read.get(("RUS", "UKR", "prisoners_of_war")) == Count.exact(64)
    assert read.get(("UKR", "RUS", "other")) == Count.exact(64)


@pytest.mark.parametrize(
    "text",
    [
        # no kind after the copula: "men" names no kind
        "The two countries exchanged 120 people each way on Tuesday. Kyiv said all 120 it"
        " got back were men.",
        # both sides named before the count: "they" is not one side
        "The two countries exchanged 120 people each way on Tuesday. Kyiv and Moscow said all"
        " 120 they got back were soldiers.",
        # handed over, not got back: the verb names no getter
        "The two countries exchanged 120 people each way on Tuesday. Kyiv said all 120 it"
        " handed over were soldiers.",
        # another number: not the people counted before
        "The two countries exchanged 120 people each way on Tuesday. Kyiv said all 12 it got"
        " back were soldiers.",
    ],
)
def test_news_a_kind_told_of_what_was_got_back_needs_one_getter_and_one_kind(
    legs: Legs, text: str
) -> None:
    """With no one side getting the people, or no one kind told, both ways stay unread."""
    read = legs(text)
    assert read.get(("RUS", "UKR", "other")) == Count.exact(120)
    assert read.get(("UKR", "RUS", "other")) == Count.exact(120)


@settings(max_examples=20, deadline=None)
@given(
    wounded=st.integers(5, 60),
    pair=st.integers(61, 900),
    released=st.sampled_from(["released", "handed over", "freed"]),
    frame=st.sampled_from(
        [
            "The Easter exchange on April 19 was the largest of the year: {n} for {n}.",
            "On April 19 it was {n} for {n}.",
            "April. The swap on April 19: {n} for {n}.",
        ]
    ),
)
def test_news_a_later_bare_pair_is_not_more_of_the_wounded_told_before(
    recap: Recap, wounded: int, pair: int, released: str, frame: str
) -> None:
    """ "Ukraine released 22 badly wounded Russian soldiers. ... April 19: 246 for 246"."""
    text = (
        f"On March 19 the two sides exchanged 175 prisoners each. Ukraine separately "
        f"{released} {wounded} badly wounded Russian soldiers.\n\n" + frame.format(n=pair)
    )
    kinds = {
        (sender, receiver, kind)
        for _, sender, receiver, kind, count in recap(text)
        if count == str(pair)
    }
    assert kinds == {
        ("UKR", "RUS", "prisoners_of_war"),
        ("RUS", "UKR", "prisoners_of_war"),
    }


@settings(max_examples=20, deadline=None)
@given(
    bodies=st.integers(200, 9_000),
    freed=st.integers(11, 190),
    turn=st.sampled_from(
        [
            "Prisoner exchanges were smaller and less frequent.",
            "Prisoner swaps were rarer.",
            "POW exchanges slowed down.",
        ]
    ),
)
def test_news_a_bare_figure_after_a_turn_to_prisoner_exchanges_is_not_of_the_dead(
    recap: Recap, bodies: int, freed: int, turn: str
) -> None:
    """ "Prisoner exchanges were smaller. ... when 84 were freed by each side": the living."""
    text = (
        f"In July, Ukraine received {bodies:,} bodies returned by Russia. {turn} One took "
        f"place in mid-August, when {freed} were freed by each side."
    )
    kinds = {leg[3] for leg in recap(text) if leg[4] == str(freed)}
    assert kinds == {"prisoners_of_war"}


def test_news_a_bare_figure_after_bodies_with_no_turn_to_prisoners_keeps_the_dead(
    recap: Recap,
) -> None:
    """With no sentence naming prisoner swaps between, the bare figure is still of the dead."""
    text = (
        "In July, Ukraine received 1,000 bodies returned by Russia. Exchanges were smaller."
        " One took place in mid-August, when 84 were freed by each side."
    )
    assert "prisoners_of_war" not in {leg[3] for leg in recap(text) if leg[4] == "84"}


@settings(max_examples=25, deadline=None)
@given(
    whole=st.integers(1_000, 9_999),
    part=st.integers(100, 999),
    mix=st.sampled_from(
        [
            "Ukrainian defenders and civilians",
            "Ukrainian civilians and defenders",
            "Ukrainians, both soldiers and civilians,",
        ]
    ),
    span=st.sampled_from(["this year alone", "since January", "in 2025"]),
)
def test_news_a_part_of_whom_a_mixed_whole_counts_is_of_no_one_kind(
    news: News, whole: int, part: int, mix: str, span: str
) -> None:
    """ "6,254 defenders and civilians ..., of whom 2,871 ...": the part is of no one kind."""
    text = (
        f"In total, {whole:,} {mix} have been returned home since February 2022, "
        f"of whom {part:,} have been returned {span}."
    )
    assert _tally_kinds(news(text)) <= {"other"}


def test_news_a_part_of_whom_of_one_kind_keeps_the_kind(news: News) -> None:
    text = (
        "In total, 6,254 Ukrainian defenders have been returned home since February 2022, "
        "of whom 2,871 have been returned this year alone."
    )
    assert _tally_kinds(news(text)) == {"prisoners_of_war"}


@settings(max_examples=20, deadline=None)
@given(
    bodies=st.integers(min_value=500, max_value=900),
    freed=st.integers(min_value=2, max_value=400),
    captives=st.sampled_from(["prisoners", "POWs", "captives"]),
    verb=st.sampled_from(["were freed by each side", "were released by each side"]),
)
def test_a_bare_figure_in_a_sentence_on_prisoners_is_not_more_of_the_dead_before(
    legs: Legs, bodies: int, freed: int, captives: str, verb: str
) -> None:
    """ "... bodies. Separately, ... last exchanged prisoners on Feb. 5, when 150 were freed"."""
    text = (
        f"Ukraine received {bodies} bodies of fallen soldiers on Friday. Separately, Ukraine "
        f"and Russia last exchanged {captives} on Feb. 5, when {freed} {verb}."
    )
    read = legs(text)
    assert not [k for k, c in read.items() if k[2] == "remains" and c.low == freed], text
    assert any(k[2] == "remains" and c.low == bodies for k, c in read.items()), text


def test_a_bare_figure_after_bodies_with_no_captives_named_stays_of_the_dead(
    legs: Legs,
) -> None:
    read = legs("Ukraine received 757 bodies on Friday. A week earlier, 150 came home.")
    assert {k[2] for k in read} <= {"remains"}


@settings(max_examples=15, deadline=None)
@given(
    bodies=st.integers(1_000, 2_000),
    size=st.integers(50, 999),
    noun=st.sampled_from(["exchange", "swap", "Easter exchange", "prisoner swap"]),
    per_side=st.sampled_from(["each way", "in each direction"]),
    added=st.sampled_from(["", ", plus a separate handover of wounded men", ", plus a swap"]),
)
def test_news_a_swap_size_after_a_colon_does_not_carry_the_bodies_before_it(
    legs: Legs, bodies: int, size: int, noun: str, per_side: str, added: str
) -> None:
    text = (
        f"Ukraine received the bodies of {bodies:,} soldiers.\n\n"
        f"The {noun}: {size:,} {per_side}{added}."
    )
    read = legs(text)
    assert read[("RUS", "UKR", "prisoners_of_war")] == Count.parse(f"{size:,}")
    assert read[("UKR", "RUS", "prisoners_of_war")] == Count.parse(f"{size:,}")
    assert ("UKR", "RUS", "remains") not in read  # the size is not the bodies' way back


@pytest.mark.parametrize(
    "text",
    [
        # the set-off figure is of bodies by its own sentence
        "Ukraine received the bodies of 909 soldiers. The exchange of bodies: 246 each way.",
        # a handover's noun is as often of the dead: no kind is guessed from it
        "Ukraine received the bodies of 909 soldiers. The handover: 246 each way.",
    ],
)
def test_news_a_size_set_off_after_bodies_words_is_not_read_as_prisoners(
    legs: Legs, text: str
) -> None:
    assert ("RUS", "UKR", "prisoners_of_war") not in legs(text)


@settings(max_examples=20, deadline=None)
@given(
    soldiers=st.integers(100, 400),
    civilians=st.integers(5, 99),
    day=st.sampled_from(["on Friday", "on 23 May", "on May 23"]),
    marks=st.sampled_from([(" -", " -"), (" —", " —"), (" (", "),")]),
)
def test_news_the_same_number_after_a_dated_whole_and_its_parts_repeats_the_whole(
    legs: Legs, soldiers: int, civilians: int, day: str, marks: tuple[str, str]
) -> None:
    """ "390 people on Friday - 270 soldiers and 120 civilians - and Russia received the
    same number": the day belongs to the whole, so the echo repeats 390, not the 120."""
    whole = soldiers + civilians
    opening, closing = marks
    text = (
        f"KYIV, 24 May 2025 - Ukraine brought home {whole} people {day}{opening} {soldiers} "
        f"soldiers and {civilians} civilians{closing} and Russia received the same number."
    )
    read = legs(text)
    assert read[("UKR", "RUS", "other")].best == whole
    assert ("UKR", "RUS", "civilians") not in read
