"""Handovers told as continuations of one told before: "N more", "followed by N more".

A report goes on from a handover it has told: "140 more came home", "..., followed by
1,200 more on June 16". The later group is a handover of its own, at its own date,
the way the one before went. An aside set off by dashes between a figure and its verb
does not hide the verb, and a quotation that goes on in the next sentence is still
the speaker's. A plan told the same way is no handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

Read = Any  # the parse result of tests/conftest.py
Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "N more" before its verb of coming carries on the last homecoming
        (
            "Russia released 20 Ukrainian civilians on 3 March. On 6 March, 45 more came home.",
            {
                ("2025-03-03", "RUS", "UKR", "civilians", "20"),
                ("2025-03-06", "RUS", "UKR", "civilians", "45"),
            },
        ),
        (
            "Kyiv took back 64 of its soldiers on 9 April. And on 30 April, 71 more came back, "
            "the general staff said.",
            {
                ("2025-04-09", "RUS", "UKR", "prisoners_of_war", "64"),
                ("2025-04-30", "RUS", "UKR", "prisoners_of_war", "71"),
            },
        ),
        # "followed by N more on <date>": the later group at its own date
        (
            "Russia passed 800 bodies to Ukraine on 2 July, followed by 650 more on 5 July.",
            {
                ("2025-07-02", "RUS", "UKR", "remains", "800"),
                ("2025-07-05", "RUS", "UKR", "remains", "650"),
            },
        ),
        (
            "Kyiv said it had welcomed home 38 civilians from Russia on 11 August, followed by "
            "27 more on 22 August, the ombudsman wrote.",
            {
                ("2025-08-11", "RUS", "UKR", "civilians", "38"),
                ("2025-08-22", "RUS", "UKR", "civilians", "27"),
            },
        ),
        (
            "Ukraine handed 90 Russian soldiers back in May, followed by 60 in June.",
            {
                ("2025-05", "UKR", "RUS", "prisoners_of_war", "90"),
                ("2025-06", "UKR", "RUS", "prisoners_of_war", "60"),
            },
        ),
        # "another"/"a further" N carries on the last homecoming, whatever its verb
        (
            "Russia freed 58 Ukrainian civilians on 4 March; another 23 were released on "
            "12 March, the ombudsman said.",
            {
                ("2025-03-04", "RUS", "UKR", "civilians", "58"),
                ("2025-03-12", "RUS", "UKR", "civilians", "23"),
            },
        ),
        (
            "Kyiv took back 77 of its soldiers on 2 June. A further 34 were returned on "
            "18 June, according to the headquarters.",
            {
                ("2025-06-02", "RUS", "UKR", "prisoners_of_war", "77"),
                ("2025-06-18", "RUS", "UKR", "prisoners_of_war", "34"),
            },
        ),
        # with a noun of its own, the later group keeps its own kind
        (
            "Russia handed 36 Ukrainian civilians back on 9 May. Another 41 soldiers came home "
            "on 20 May.",
            {
                ("2025-05-09", "RUS", "UKR", "civilians", "36"),
                ("2025-05-20", "RUS", "UKR", "prisoners_of_war", "41"),
            },
        ),
        # an aside between dashes, with a verb of its own, stands between figure and verb
        (
            "On 4 October, 133 Ukrainians – among them medics who had agreed to stay in "
            "Qatar until the war ends – were set free, while Kyiv gave up 61 Russians.",
            {
                ("2025-10-04", "RUS", "UKR", "other", "133"),
                ("2025-10-04", "UKR", "RUS", "other", "61"),
            },
        ),
    ],
)
def test_continued_handovers(recap: Recap, text: str, expected: Legs) -> None:
    assert expected <= recap(text)


@pytest.mark.parametrize(
    "text",
    [
        # a plan that is "followed by" more is still a plan
        "Kyiv proposed to swap 40 civilians on Monday, followed by 35 more on Thursday.",
        # "followed by" talks, not people
        "The first round of talks on Monday was followed by 3 more on Thursday.",
        # "more than" is a hedge on its figure, not a later group
        "Officials said 40 more than expected had applied for the hotline.",
    ],
)
def test_continuations_that_move_no_one(recap: Recap, text: str) -> None:
    assert recap(text) == set()


_EACH_WAY = {
    ("2025-04-02", "UKR", "RUS", "prisoners_of_war", "70"),
    ("2025-04-02", "RUS", "UKR", "prisoners_of_war", "70"),
}
_FREED = {("2025-05-03", "RUS", "UKR", "civilians", "44")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the same number went each way, a later group names no one way
        (
            "On 2 April the sides swapped 70 prisoners each. Another 30 were released on 9 April.",
            _EACH_WAY,
        ),
        (
            "On 2 April the sides swapped 70 prisoners each. 30 more came home on 9 April.",
            _EACH_WAY,
        ),
        # a plan, and people still held, are no later handover
        (
            "Russia freed 44 Ukrainian civilians on 3 May. Another 20 are to be freed next week.",
            _FREED,
        ),
        (
            "Russia freed 44 Ukrainian civilians on 3 May. Another 900 were still held in Russia.",
            _FREED,
        ),
    ],
)
def test_added_groups_that_go_no_one_way(recap: Recap, text: str, expected: Legs) -> None:
    assert recap(text) == expected


def _sources(result: Read) -> set[tuple[str, str, str, str | None]]:
    """(sender, receiver, count, source name) of every transfer read."""
    return {
        (
            t.sender.code,
            t.receiver.code,
            str(t.count),
            None if t.attributed_to is None else t.attributed_to.name,
        )
        for e in result.exchanges
        for t in e.transfers
    }


def test_quotation_going_on_keeps_its_speaker(news: Callable[..., Read]) -> None:
    text = (
        '"On 12 May, 84 Russian servicemen were returned home," Russia\'s defence '
        'ministry said. "In return, 84 prisoners of the Ukrainian army were handed '
        'over."\n\nEarlier, Kyiv had said that 97 of its soldiers were coming home.'
    )
    found = _sources(news(text, published=date(2025, 5, 13)))
    # the second quoted sentence is the ministry's too, so Kyiv's 97 is its own account
    # of the same leg, kept beside the ministry's 84
    assert ("RUS", "UKR", "84", "Russian Ministry of Defence") in found
    assert ("RUS", "UKR", "97", "Ukrainian government") in found


def test_quotation_in_a_new_paragraph_is_no_ones(news: Callable[..., Read]) -> None:
    text = (
        '"On 12 May, 84 Russian servicemen were returned home," Russia\'s defence '
        'ministry said.\n\n"In return, 84 prisoners of the Ukrainian army were handed over."'
    )
    found = _sources(news(text, published=date(2025, 5, 13)))
    assert ("RUS", "UKR", "84", None) in found


@_SETTINGS
@given(
    first=st.integers(min_value=20, max_value=900),
    more=st.integers(min_value=20, max_value=900),
    days=st.lists(st.integers(min_value=1, max_value=28), min_size=2, max_size=2, unique=True),
)
def test_followed_group_takes_its_own_date(
    recap: Recap, first: int, more: int, days: list[int]
) -> None:
    """A "followed by N more on <date>" group is a handover at that date, never the first's."""
    if first == more:
        more += 1  # the later group's own size, told apart from the first's
    early, late = sorted(days)
    text = (
        f"Ukraine got {first} soldiers back on {early} September, "
        f"followed by {more} more on {late} September."
    )
    legs = recap(text)
    assert (f"2025-09-{late:02d}", "RUS", "UKR", "prisoners_of_war", str(more)) in legs
    assert (f"2025-09-{early:02d}", "RUS", "UKR", "prisoners_of_war", str(more)) not in legs


@_SETTINGS
@given(
    first=st.integers(min_value=20, max_value=900),
    more=st.integers(min_value=20, max_value=900),
    verb=st.sampled_from(["proposed to swap", "offered to hand over", "hopes to bring home"]),
)
def test_followed_plan_moves_no_one(recap: Recap, first: int, more: int, verb: str) -> None:
    """A plan "followed by N more" is a plan in both its parts: no transfer at all."""
    text = f"Kyiv {verb} {first} prisoners on 3 June, followed by {more} more on 9 June."
    assert recap(text) == set()


SOLDIERS_HOME = "On 2 May, 75 Ukrainian soldiers came home. "


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "N more" carries the kind of the group before, unless its aside names another
        (SOLDIERS_HOME + "On 9 May Kyiv got back 60 more, including civilians.", "other"),
        (
            SOLDIERS_HOME + "A week later, a second swap brought home 60 more, including"
            " civilians.",
            "other",
        ),
        (
            SOLDIERS_HOME + "A week later, a second swap brought home 60 more, including"
            " wounded soldiers.",
            "prisoners_of_war",
        ),
    ],
)
def test_news_more_of_a_group_including_another_kind_is_of_no_one_kind(
    recap: Recap, text: str, kind: str
) -> None:
    """ "brought home 130 more, including civilians": not all of the soldiers' kind."""
    assert ("2025-05-09", "RUS", "UKR", kind, "60") in recap(text)


_BODIES_FIRST = "Russia handed Ukraine the bodies of 900 soldiers on 2 June. "


@pytest.mark.parametrize(
    "text",
    [
        # a bare "arrived": with the dead told before, they reach their own side
        _BODIES_FIRST + "Three days later, another 640 arrived, officials in Kyiv said.",
        _BODIES_FIRST + "On 5 June 640 more arrived; Moscow gave no figure for its own dead.",
        # a perfect's auxiliary between the figure and its verb of coming
        _BODIES_FIRST + "On 5 June another 640 had come back, the headquarters said.",
        _BODIES_FIRST + "The headquarters said on 5 June that a further 640 had arrived, in "
        "exchange for 12 bodies it handed to Moscow.",
    ],
)
def test_later_arrivals_of_the_dead_carry_on_the_handover(recap: Recap, text: str) -> None:
    assert ("2025-06-05", "RUS", "UKR", "remains", "640") in recap(text)


@pytest.mark.parametrize(
    "text",
    [
        # troops arriving are no handover, and a story of no captives or dead says so
        "On 5 June another 640 arrived at the front, the army said.",
        "Three days later, another 640 arrived, the regional governor said of the evacuees.",
        # bodies that reached the exchange point wait there: not yet handed over
        "Lorries carrying the bodies of 640 soldiers have arrived at the exchange point, "
        "but no one came to receive them, Moscow said on 5 June.",
    ],
)
def test_arrivals_that_are_no_handover(recap: Recap, text: str) -> None:
    assert not [leg for leg in recap(text) if leg[4] == "640"]


_TALLY_SIDES = [
    ("Ukraine has received {total} civilians from Russia since 2022.", "RUS", "UKR"),
    (
        "A total of {total} Kursk residents have been returned to Russia since the spring.",
        "UKR",
        "RUS",
    ),
]


@_SETTINGS
@given(
    tally=st.sampled_from(_TALLY_SIDES),
    total=st.integers(min_value=50, max_value=900),
    share=st.floats(min_value=0.1, max_value=0.9),
    ordinal=st.sampled_from(["first", "second", "last"]),
    noun=st.sampled_from(["group", "batch"]),
    tail=st.sampled_from(
        [", of {part} people, came back in April.", " of {part} came home in April."]
    ),
)
def test_a_numbered_group_of_a_total_goes_the_totals_way(
    recap: Recap,
    tally: tuple[str, str, str],
    total: int,
    share: float,
    ordinal: str,
    noun: str,
    tail: str,
) -> None:
    """ "The first group, of 46 people, came back in April" after a running total is a part
    of that total: a handover the same way, dated by its own month."""
    text, sender, receiver = tally
    part = max(1, int(total * share))
    sentence = f"The {ordinal} {noun}" + tail.format(part=part)
    legs = recap(text.format(total=total) + " " + sentence)
    assert ("2025-04", sender, receiver, "civilians", str(part)) in legs


@pytest.mark.parametrize(
    "text",
    [
        # no total told before: whose group is it?
        "The first group, of 46 people, came back in April.",
        # a part no smaller than the total is no part of it
        "Ukraine has received 40 civilians from Russia since 2022. The first group, of 46 "
        "people, came back in April.",
        # a total of both directions: the group could have gone either way
        "Russia and Ukraine have swapped 300 civilians since 2022. The first group, of 46 "
        "people, came back in April.",
    ],
)
def test_a_numbered_group_with_no_one_way_total_moves_no_one(recap: Recap, text: str) -> None:
    assert not any(leg[4] == "46" for leg in recap(text))


@settings(max_examples=25, deadline=None)
@given(
    side=st.sampled_from(
        [("Russia", "Ukraine", "RUS", "UKR"), ("Ukraine", "Russia", "UKR", "RUS")]
    ),
    big=st.integers(min_value=500, max_value=1500),
    small=st.integers(min_value=5, max_value=45),
    later=st.integers(min_value=60, max_value=6000),
    opener=st.sampled_from(["In return", "In exchange", "For its part"]),
    month=st.sampled_from(["June", "July", "March"]),
)
def test_news_a_far_smaller_return_leg_keeps_the_way_bodies_go(
    news: Callable[..., Read],
    side: tuple[str, str, str, str],
    big: int,
    small: int,
    later: int,
    opener: str,
    month: str,
) -> None:
    # "Russia handed over 1,000 bodies. In return, Ukraine handed over 24.": a later
    # handover told with no side goes the way of the larger flow, not the counterpart's
    giver, taker, sender, receiver = side
    text = (
        f"{giver} handed over the bodies of {big} soldiers on Thursday. "
        f"{opener}, {taker} handed over the bodies of {small} soldiers. "
        f"The largest handover came in mid-{month}, when {later:,} bodies were returned."
    )
    legs = {
        (t.sender.code, t.receiver.code, t.count)
        for e in news(text).exchanges
        for t in e.transfers
        if t.count == Count.exact(later)
    }
    assert legs == {(sender, receiver, Count.exact(later))}


@settings(max_examples=15, deadline=None)
@given(
    big=st.integers(min_value=20, max_value=90),
    small=st.integers(min_value=10, max_value=40),
)
def test_news_a_return_leg_not_far_smaller_sets_the_way_bodies_go(
    news: Callable[..., Read], big: int, small: int
) -> None:
    # a leg the other way that is not a tenth of the one before is the story's new way
    text = (
        f"Russia handed over the bodies of {big} soldiers on Thursday. "
        f"In return, Ukraine handed over the bodies of {small} soldiers. "
        "A week later, 300 bodies were returned."
    )
    legs = {
        (t.sender.code, t.receiver.code)
        for e in news(text).exchanges
        for t in e.transfers
        if t.count == Count.exact(300)
    }
    assert legs <= {("UKR", "RUS")}
