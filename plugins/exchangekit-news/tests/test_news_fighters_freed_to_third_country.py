"""A side's own fighters freed to a third country: "nine fighters ... were flown to Qatar".

Released not to the other side but to a country that is no party, a side's soldiers,
officers or fighters are a transfer from the side that held them to that country, when
the sentence says who held them ("captured by Russian forces", "who had fought for
Ukraine") and does not take them on from there ("and then home", "via Turkey"). People
whose own verb keeps them in a third country ("five officers would stay in Turkey") are
not the swap's leg to the other side.
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
_THIRD = {"Qatar": "QAT", "Saudi Arabia": "SAU", "Turkey": "TUR"}
# (the words telling who held them, the side that held them)
_HELD = [
    ("who had fought for Ukraine", "RUS"),
    ("captured by Russian forces", "RUS"),
    ("who had fought for Russia", "UKR"),
    ("held by Ukrainian forces", "UKR"),
]
_PEOPLE = ["soldiers", "officers", "fighters", "servicemen"]


@given(
    count=st.integers(min_value=2, max_value=3000),
    third=st.sampled_from(sorted(_THIRD)),
    held=st.sampled_from(_HELD),
    people=st.sampled_from(_PEOPLE),
    verb=st.sampled_from(["were flown to", "were released to", "were handed over to"]),
)
@_SETTINGS
def test_fighters_moved_to_a_third_country(
    recap: Recap, count: int, third: str, held: tuple[str, str], people: str, verb: str
) -> None:
    words, holder = held
    text = f"On Tuesday {count:,} {people} {words} {verb} {third}."
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {
        (holder, _THIRD[third], "prisoners_of_war", f"{count:,}")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven officers captured by Ukrainian forces were released to Turkey on Sunday.",
            ("UKR", "TUR", "prisoners_of_war", "7"),
        ),
        (
            "Twelve soldiers who had fought for Russia were handed over to Qatar, where they "
            "will stay until the war ends.",
            ("UKR", "QAT", "prisoners_of_war", "12"),
        ),
        (
            "Nine fighters who had fought for Ukraine were flown to Saudi Arabia late on Monday.",
            ("RUS", "SAU", "prisoners_of_war", "9"),
        ),
    ],
)
def test_fighters_read(recap: Recap, text: str, expected: tuple[str, ...]) -> None:
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # a stop on the way home
        "Ten soldiers captured by Russian forces were flown to Turkey and then home to Kyiv.",
        "Twelve soldiers who had fought for Russia were handed over to Qatar before "
        "returning home.",
        "Eight soldiers who had fought for Ukraine were flown via Turkey to Kyiv.",
        # who held them is not told
        "Six officers were flown to Qatar on Friday.",
        # a mediator named beside a release
        "Turkey mediated the release of 40 soldiers who had fought for Ukraine.",
    ],
)
def test_fighters_unread(recap: Recap, text: str) -> None:
    assert recap(text) == set()


def test_kept_in_a_third_country_is_no_leg_home(recap: Recap) -> None:
    text = (
        "Russia freed 215 Ukrainian prisoners of war on Friday, and Zelensky said that five "
        "officers, including two colonels, would stay in Turkey until the end of the war."
    )
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {
        ("RUS", "UKR", "prisoners_of_war", "215")
    }
