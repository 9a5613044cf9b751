"""Bare figures whose verb is said once for two of them: "N returned to A and M to B".

A recap often tells both legs of a swap in one clause and leaves the verb out of the
second ("... and 61 to Moscow"): each figure still goes to the side named after its own
"to", never both to the first one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]

_SIDES = {"UKR": ("Ukraine", "Kyiv"), "RUS": ("Russia", "Moscow")}


def _moved(legs: Legs) -> set[tuple[str, str, str]]:
    """(sender, receiver, count) of every leg, whatever its date and category."""
    return {(sender, receiver, count) for _, sender, receiver, _, count in legs}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Sunday, 33 returned to Moscow, and 41 to Kyiv.",
            {("UKR", "RUS", "33"), ("RUS", "UKR", "41")},
        ),
        (
            "In the second stage 210 were returned to Ukraine and 190 to Russia.",
            {("RUS", "UKR", "210"), ("UKR", "RUS", "190")},
        ),
        (
            "After weeks of talks, 12 came back to Russia and 15 to Ukraine.",
            {("UKR", "RUS", "12"), ("RUS", "UKR", "15")},
        ),
        (
            "The last swap ended with 75 going home to Russia and 90 to Ukraine.",
            {("UKR", "RUS", "75"), ("RUS", "UKR", "90")},
        ),
        (
            "November 9 rounded off the month with 64 returning to Kyiv and 58 to Moscow.",
            {("RUS", "UKR", "64"), ("UKR", "RUS", "58")},
        ),
        # only an event as subject: people given "in return for N Russians" went to Ukraine
        (
            "The opening swap, on 3 June, returned twelve soldiers in return for twelve Russians.",
            {("RUS", "UKR", "12"), ("UKR", "RUS", "12")},
        ),
        (
            "On May 9 the exchange freed 40 marines in exchange for 38 Ukrainians.",
            {("UKR", "RUS", "40"), ("RUS", "UKR", "38")},
        ),
    ],
)
def test_gapped_figure_goes_to_its_own_side(
    recap: Callable[[str], Legs], text: str, expected: set[tuple[str, str, str]]
) -> None:
    """Both figures are read, each to the side its own clause sends it to."""
    assert _moved(recap(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a place that is no side of the war: nothing to read
        "In 2024, 300 refugees went to Poland and 20 to Romania.",
        # troops sent to the front are not people handed over
        "In June, 400 soldiers were sent to the front and 30 to Kyiv.",
    ],
)
def test_gapped_figures_to_no_side_are_not_transfers(
    recap: Callable[[str], Legs], text: str
) -> None:
    """Without two sides of the war after "to", the clause moves nobody across."""
    assert recap(text) == set()


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(min_value=11, max_value=900),
    second=st.integers(min_value=11, max_value=900),
    verb=st.sampled_from(["returned", "went home", "came back", "were returned", "went"]),
    order=st.sampled_from([("UKR", "RUS"), ("RUS", "UKR")]),
    name=st.sampled_from([0, 1]),
    comma=st.booleans(),
)
def test_gapped_pair_keeps_each_receiver(
    recap: Callable[[str], Legs],
    first: int,
    second: int,
    verb: str,
    order: tuple[str, str],
    name: int,
    comma: bool,
) -> None:
    """A gapped pair always yields both figures, each with its own receiver."""
    there, back = order
    joint = ", and" if comma else " and"
    text = (
        f"On Saturday, {first} {verb} to {_SIDES[there][name]}{joint} "
        f"{second} to {_SIDES[back][name]}."
    )
    assert _moved(recap(text)) == {(back, there, str(first)), (there, back, str(second))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On March 4, 96 soldiers returned to Ukraine in exchange for 70 Russians. "
            "A later handover, on April 9, brought home 45 more.",
            ("RUS", "UKR", "45"),
        ),
        (
            "Moscow took back 120 of its soldiers in exchange for 100 Ukrainians on May 2. "
            "The summer swap, on July 14, then brought home 38 more, officials said.",
            ("UKR", "RUS", "38"),
        ),
    ],
)
def test_n_more_carries_on_the_last_homecoming(
    recap: Callable[[str], Legs], text: str, expected: tuple[str, str, str]
) -> None:
    """A bare "N more" brought home goes where the last exchange's lead group went."""
    assert expected in _moved(recap(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv got back 40 soldiers and 12 others on Friday.", ("RUS", "UKR", "other", "12")),
        (
            "On Monday 30 marines and eight others were freed by Russia.",
            ("RUS", "UKR", "other", "8"),
        ),
    ],
)
def test_n_others_after_a_kind_are_people_of_no_one_kind(
    recap: Callable[[str], Legs], text: str, expected: tuple[str, str, str, str]
) -> None:
    """ "and 12 others" goes the same way, but is not of the kind named before it."""
    assert expected in {(s, r, kind, n) for _, s, r, kind, n in recap(text)}


@settings(max_examples=30, deadline=None)
@given(
    first=st.integers(min_value=100, max_value=1500),
    second=st.integers(min_value=2, max_value=99),
    verb=st.sampled_from(["were returned to", "were handed over to", "went to"]),
    noun=st.sampled_from(["", " bodies", " prisoners"]),
    order=st.sampled_from([("UKR", "RUS"), ("RUS", "UKR")]),
    name=st.sampled_from([0, 1]),
)
def test_for_a_bare_figure_to_a_side_is_what_went_back(
    recap: Callable[[str], Legs],
    first: int,
    second: int,
    verb: str,
    noun: str,
    order: tuple[str, str],
    name: int,
) -> None:
    """ ", for M to B" after a handover told in full: M went to B, the swap's other way."""
    there, back = order
    text = (
        f"On Saturday another {first:,}{noun} {verb} {_SIDES[there][name]}, "
        f"for {second} to {_SIDES[back][name]}."
    )
    moved = _moved(recap(text))
    assert (there, back, str(second)) in moved
    assert (back, there, str(second)) not in moved


@pytest.mark.parametrize(
    "text",
    [
        # a plan's other side is no handover
        "Kyiv plans to hand over 300 prisoners to Russia, for 200 to Ukraine.",
        # a bare "for N" with no side after it is not a leg
        "The talks lasted for 24 hours, for 2 to Russia.",
    ],
)
def test_for_a_bare_figure_with_no_handover_is_unread(
    recap: Callable[[str], Legs], text: str
) -> None:
    assert recap(text) == set()


@settings(max_examples=30, deadline=None)
@given(
    first=st.integers(min_value=11, max_value=900),
    second=st.integers(min_value=11, max_value=900),
    told=st.sampled_from([("had returned", "had"), ("were freed", "were"), ("came home", "did")]),
    order=st.sampled_from([("Ukrainians", "RUS", "UKR"), ("Russians", "UKR", "RUS")]),
    name=st.sampled_from([0, 1]),
)
def test_a_verb_left_out_after_its_auxiliary_is_the_clause_befores(
    recap: Callable[[str], Legs],
    first: int,
    second: int,
    told: tuple[str, str],
    order: tuple[str, str, str],
    name: int,
) -> None:
    """ "Kyiv said 250 Ukrainians had returned, and Moscow said 240 Russians had"."""
    verb, auxiliary = told
    people, sender, receiver = order
    other = "Russians" if people == "Ukrainians" else "Ukrainians"
    speaker, second_speaker = _SIDES[receiver][name], _SIDES[sender][name]
    text = (
        f"On Saturday {speaker} said {first} {people} {verb}, "
        f"and {second_speaker} said {second} {other} {auxiliary}."
    )
    assert _moved(recap(text)) == {(sender, receiver, str(first)), (receiver, sender, str(second))}


def test_an_auxiliary_before_another_verb_leaves_no_verb_out(
    recap: Callable[[str], Legs],
) -> None:
    """Only an auxiliary that ends its clause stands for the verb before it."""
    text = (
        "On Saturday Kyiv said 250 Ukrainians had returned, and Moscow said 40 Russians had died."
    )
    assert _moved(recap(text)) == {("RUS", "UKR", "250")}


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(min_value=11, max_value=900),
    second=st.integers(min_value=11, max_value=900),
    verb=st.sampled_from(
        [
            ("bringing home", "receive"),
            ("getting back", "receive"),
            ("receiving", "receive"),
            ("handing over", "send"),
        ]
    ),
    order=st.sampled_from([("UKR", "RUS"), ("RUS", "UKR")]),
    name=st.sampled_from([0, 1]),
)
def test_a_bare_figure_after_and_a_side_shares_the_verb_before(
    recap: Callable[[str], Legs],
    first: int,
    second: int,
    verb: tuple[str, str],
    order: tuple[str, str],
    name: int,
) -> None:
    """ "with Ukraine bringing home 230 and Russia 248": the second side's verb is left out."""
    one, two = order
    text = (
        f"The swap on January 3 was the largest, with {_SIDES[one][name]} {verb[0]} {first} "
        f"and {_SIDES[two][name]} {second}."
    )
    if verb[1] == "receive":
        expected = {(two, one, str(first)), (one, two, str(second))}
    else:
        expected = {(one, two, str(first)), (two, one, str(second))}
    assert _moved(recap(text)) == expected


def test_a_bare_figure_after_and_a_side_with_a_verb_of_its_own_is_not_gapped(
    recap: Callable[[str], Legs],
) -> None:
    """ "Ukraine brought home 230 and Russia lost 248": the second clause has its own verb."""
    assert ("UKR", "RUS", "248") not in _moved(
        recap("On January 3, Ukraine brought home 230 and Russia lost 248.")
    )


@settings(max_examples=15, deadline=None)
@given(
    first=st.integers(min_value=200, max_value=990),
    second=st.integers(min_value=200, max_value=990),
    back=st.integers(min_value=5, max_value=90),
    got=st.sampled_from(["UKR", "RUS"]),
    dead=st.sampled_from(["dead", "bodies", "soldiers' bodies"]),
)
def test_a_dated_gapped_item_then_what_went_back_for_it(
    recap: Callable[[str], Legs], first: int, second: int, back: int, got: str, dead: str
) -> None:
    """ "On 14 February Ukraine received 757 bodies; on 15 April, 909, in exchange for 41
    Russian dead": the gapped item is the first clause's handover at its own date, and what
    went back for it is of that date too, not the first clause's."""
    gave = "RUS" if got == "UKR" else "UKR"
    other = {"UKR": "Ukrainian", "RUS": "Russian"}[gave]
    legs = recap(
        f"Repatriations continued. On 14 February {_SIDES[got][0]} received {first} bodies; "
        f"on 15 April, {second}, in exchange for {back} {other} {dead}."
    )
    assert legs == {
        ("2025-02-14", gave, got, "remains", str(first)),
        ("2025-04-15", gave, got, "remains", str(second)),
        ("2025-04-15", got, gave, "remains", str(back)),
    }


def test_a_gapped_item_with_more_after_the_trade_back_is_unread(
    recap: Callable[[str], Legs],
) -> None:
    """ "...; on 15 April, 909, in exchange for 41, and talks went on": a clause follows, so
    the bare 909 is not read as a gapped item."""
    legs = recap(
        "On 14 February Ukraine received 757 bodies; on 15 April, 909, in exchange for 41 "
        "Russian dead, and the talks went on."
    )
    assert ("2025-04-15", "RUS", "UKR", "remains", "909") not in legs


@settings(max_examples=30, deadline=None)
@given(
    first=st.integers(min_value=100, max_value=1500),
    second=st.integers(min_value=2, max_value=99),
    going=st.sampled_from(["going", "heading", "travelling", "going home"]),
    noun=st.sampled_from(["bodies", "prisoners"]),
    order=st.sampled_from([("UKR", "RUS"), ("RUS", "UKR")]),
    name=st.sampled_from([0, 1]),
)
def test_listed_figure_after_a_counted_one_goes_to_its_own_side(
    recap: Callable[[str], Legs],
    first: int,
    second: int,
    going: str,
    noun: str,
    order: tuple[str, str],
    name: int,
) -> None:
    """ "with N bodies going to A and M to B": M keeps the verb and noun but goes to B."""
    there, back = order
    text = (
        f"The handover was completed on Friday, with {first:,} {noun} {going} to "
        f"{_SIDES[there][name]} and {second} to {_SIDES[back][name]}."
    )
    moved = _moved(recap(text))
    assert (back, there, f"{first:,}") in moved
    assert (there, back, str(second)) in moved
    assert (back, there, str(second)) not in moved


@pytest.mark.parametrize(
    ("text", "kept", "unread"),
    [
        # the second item's goal is no side of the war: its way is not guessed
        (
            "The repatriation went ahead on Monday, with 480 bodies heading to Kyiv "
            "and 26 to Poland.",
            ("RUS", "UKR", "480"),
            "26",
        ),
        (
            "Moscow handed 310 prisoners to Ukraine on Monday and 14 to a third country.",
            ("RUS", "UKR", "310"),
            "14",
        ),
    ],
)
def test_listed_figure_to_no_side_is_not_sent_the_first_ones_way(
    recap: Callable[[str], Legs], text: str, kept: tuple[str, str, str], unread: str
) -> None:
    moved = _moved(recap(text))
    assert kept in moved
    assert not any(count == unread for _, _, count in moved)
