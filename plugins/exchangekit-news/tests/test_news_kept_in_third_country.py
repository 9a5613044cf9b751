"""A side's own people sent to a third country to stay there, and the figures that count them.

"Seven Ukrainian officers were flown to Qatar, where they will remain until a ceasefire":
a side does not free its own people, so the other side held them, and the country that
keeps them, not their side, received them. A besieged town's defenders are its side's
soldiers ("four Bakhmut commanders"). Commanders are counted like officers, and a unit's
people ("six of the brigade's commanders") like its members. People said to be "N other"
soldiers beside a first group are a second group, not another account of the first. A
sentence whose only figure is a group kept abroad still gives its date to the exchange
told before it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven Ukrainian officers were flown to Qatar on Monday, where under the deal "
            "they will remain until a ceasefire.",
            ("RUS", "QAT", "prisoners_of_war", "7"),
        ),
        (
            "Four Bakhmut commanders flew to Turkey on Monday to wait out the war there.",
            ("RUS", "TUR", "prisoners_of_war", "4"),
        ),
    ],
)
def test_own_people_kept_in_a_third_country(
    recap: Recap, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # a stop on the way home: the clause takes them on
        "Six Ukrainian officers flew to Turkey and then home to Kyiv, where they will "
        "remain in hospital.",
        # nothing says they stay: they may be on their way home
        "Eight Ukrainian commanders were flown to Turkey on Tuesday.",
    ],
)
def test_own_people_not_kept_abroad(recap: Recap, text: str) -> None:
    assert not any(leg[2] == "TUR" for leg in recap(text))


def test_a_contrast_clause_keeps_its_own_people(recap: Recap) -> None:
    legs = recap(
        "On Monday Kyiv handed over 40 Russian soldiers, while three Ukrainian officers "
        "flew to Turkey to stay there until the war ends."
    )
    assert ("UKR", "RUS", "prisoners_of_war", "40") in {leg[1:] for leg in legs}
    assert ("UKR", "TUR", "prisoners_of_war", "40") not in {leg[1:] for leg in legs}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday Russia freed six of the brigade's commanders.",
            {("RUS", "UKR", "prisoners_of_war", "6")},
        ),
        (
            "On Monday Russia freed 4 commanders, along with 96 other soldiers.",
            {("RUS", "UKR", "prisoners_of_war", "4"), ("RUS", "UKR", "prisoners_of_war", "96")},
        ),
    ],
)
def test_commanders_and_further_groups_are_counted(
    recap: Recap, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert {leg[1:] for leg in recap(text)} == expected


def test_a_unit_not_followed_by_people_counts_no_one(recap: Recap) -> None:
    assert recap("On Monday Russia freed six of the brigade.") == set()


def test_another_account_of_the_same_people_is_no_second_group(recap: Recap) -> None:
    legs = recap("On Monday Russia freed 100 soldiers; Kyiv said it got back 96 soldiers.")
    assert len(legs) == 1


def test_a_group_kept_abroad_leaves_the_date_to_the_exchange(recap: Recap) -> None:
    legs = recap(
        "Russia freed 120 soldiers, officials said on Thursday. The swap, which took place "
        "late on Wednesday, was announced by the president, who said that five of the "
        "commanders would remain in Turkey until the end of the war."
    )
    assert {(leg[0], leg[4]) for leg in legs} == {("2025-11-19", "120")}
