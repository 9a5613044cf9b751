"""Foreign nationals freed to a third country: "12 foreigners ... were handed over to Qatar".

"Foreign nationals" and "foreigners" tell who the people are as plainly as "foreign
fighters" do: people of neither side, of kind ``other``. Freed or flown to a country
that is no party, they are a transfer to it from the side that held them. Transit
("via", "through"), talks about them, and the dead stay unread.
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
_THIRD = {"Qatar": "QAT", "Riyadh": "SAU", "Turkey": "TUR", "the United Arab Emirates": "UAE"}
# (the words telling who held them, the side that held them)
_HELD = [
    ("who had been fighting for Ukraine", "RUS"),
    ("captured by Russian troops", "RUS"),
    ("who had fought on Russia's side", None),
    ("held by Ukrainian forces", "UKR"),
]
_PEOPLE = ["foreign nationals", "foreigners", "foreign citizens"]


@given(
    count=st.integers(min_value=2, max_value=3000),
    third=st.sampled_from(sorted(_THIRD)),
    held=st.sampled_from([h for h in _HELD if h[1] is not None]),
    people=st.sampled_from(_PEOPLE),
    verb=st.sampled_from(["were flown to", "were released to", "were handed over to"]),
)
@_SETTINGS
def test_foreign_nationals_moved_to_a_third_country(
    recap: Recap, count: int, third: str, held: tuple[str, str], people: str, verb: str
) -> None:
    words, holder = held
    text = f"On Tuesday {count:,} {people} {words} {verb} {third}."
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {
        (holder, _THIRD[third], "other", f"{count:,}")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar announced on Monday that it had won the release of 14 foreigners "
            "captured while fighting for Ukraine.",
            ("RUS", "QAT", "other", "14"),
        ),
        (
            "Turkey said it had mediated the release of eight foreign nationals captured "
            "by Ukrainian forces, who were flown to Ankara.",
            ("UKR", "TUR", "other", "8"),
        ),
        (
            "Twenty-one foreign nationals who had fought for Ukraine were freed and flown "
            "to Saudi Arabia late on Friday.",
            ("RUS", "SAU", "other", "21"),
        ),
    ],
)
def test_foreign_nationals_read(recap: Recap, text: str, expected: tuple[str, ...]) -> None:
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # passing through a third country on the way home
        "Nine foreign nationals who had fought for Ukraine were flown home via Turkey.",
        "Nine foreign nationals who had fought for Ukraine travelled home through the UAE.",
        # talks about them move no one
        "Qatar hosted talks on the fate of 30 foreigners captured while fighting for Ukraine.",
        # who held them is not told
        "Twelve foreign nationals were flown to Riyadh on Wednesday.",
        # the dead go to the side they fought for
        "The bodies of 4 foreigners who had fought for Ukraine were flown to Turkey.",
        # people of no told kind
        "Ten people who had fought for Ukraine were flown to Riyadh.",
    ],
)
def test_foreign_nationals_unread(recap: Recap, text: str) -> None:
    assert recap(text) == set()
