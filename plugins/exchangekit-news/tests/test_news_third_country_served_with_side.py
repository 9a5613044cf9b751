"""Foreigners who served in a side's ranks, freed to a third country: the other side held them.

"captured while serving with Ukrainian forces", "who fought in the ranks of the Ukrainian
army", "fighting alongside Ukrainian troops" tell whose side the people fought on as
plainly as "who had fought for Ukraine": the other side held them, and the country they
were flown to received them; the side they served with is not their own, so they did not
go home to it. Passing through a country on the way home, or serving with
no side named, stays unread.
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
_SERVED = [
    "who had been captured while serving with Ukrainian forces",
    "captured while serving with the Ukrainian army",
    "who fought in the ranks of the Ukrainian army",
    "who had served in the ranks of Ukrainian forces",
    "who were fighting alongside Ukrainian troops",
]


@given(
    count=st.integers(min_value=2, max_value=900),
    third=st.sampled_from(sorted(_THIRD)),
    served=st.sampled_from(_SERVED),
    verb=st.sampled_from(["were flown to", "were released to", "were handed over to"]),
)
@_SETTINGS
def test_served_with_a_side_held_by_the_other(
    recap: Recap, count: int, third: str, served: str, verb: str
) -> None:
    text = f"On Monday {count:,} foreign fighters {served} {verb} {third}."
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {
        ("RUS", _THIRD[third], "prisoners_of_war", f"{count:,}")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eight foreign volunteers fighting alongside Russian troops were handed over to Qatar.",
            ("UKR", "QAT", "other", "8"),
        ),
        (
            "Qatar said six foreign fighters captured while serving with Ukrainian forces "
            "had been flown to Doha.",
            ("RUS", "QAT", "prisoners_of_war", "6"),
        ),
    ],
)
def test_served_with_read(recap: Recap, text: str, expected: tuple[str, ...]) -> None:
    # the side they served with is not where they went: never a homecoming
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # on their way home through a third country
        "Nine foreign fighters who had been serving with Ukrainian forces were flown home "
        "via Turkey.",
        # serving with no side named
        "Twelve foreign fighters who had served with a volunteer unit were flown to Riyadh.",
        # a wartime role, not a transfer
        "Eleven foreign fighters serving with Ukrainian forces were wounded near Bakhmut.",
    ],
)
def test_served_with_unread(recap: Recap, text: str) -> None:
    assert recap(text) == set()
