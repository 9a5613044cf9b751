"""Foreigners told as "from other countries", and flown "from" the side that held them.

"Eight prisoners of war from other countries were flown from Russia to Qatar": the
people are of neither side though no country of theirs is named, and the side they
were flown out of held them. A side named after "from" without a verb of moving
people ("fighters from Ukraine") tells where they come from, not who held them.
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
_THIRD = {"Saudi Arabia": "SAU", "Qatar": "QAT", "Turkey": "TUR"}
_SIDES = {"Russia": "RUS", "Ukraine": "UKR"}


@given(
    count=st.integers(min_value=2, max_value=60),
    third=st.sampled_from(sorted(_THIRD)),
    side=st.sampled_from(sorted(_SIDES)),
    origin=st.sampled_from(["other countries", "third countries", "foreign countries"]),
    verb=st.sampled_from(["were flown", "had been flown", "were released"]),
)
@_SETTINGS
def test_flown_from_a_side_to_a_third_country(
    recap: Recap, count: int, third: str, side: str, origin: str, verb: str
) -> None:
    text = f"Separately, {count} prisoners of war from {origin} {verb} from {side} to {third}."
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {
        (_SIDES[side], _THIRD[third], "prisoners_of_war", str(count))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar said eight prisoners of war from other countries, who had fought for "
            "Russia, were handed over to Qatar.",
            ("UKR", "QAT", "prisoners_of_war", "8"),
        ),
        (
            "Twelve prisoners of war from other countries who had been captured by "
            "Russian forces were released to Turkey on Monday.",
            ("RUS", "TUR", "prisoners_of_war", "12"),
        ),
        (
            "In a parallel deal, 6 prisoners of war from third countries - three Danes "
            "and three Poles - were flown from Ukraine to Saudi Arabia.",
            ("UKR", "SAU", "prisoners_of_war", "6"),
        ),
        (
            # the side they were flown from is no country of theirs
            "Four prisoners of war from the United States were flown from Russia to Turkey "
            "late on Friday.",
            ("RUS", "TUR", "prisoners_of_war", "4"),
        ),
    ],
)
def test_other_countries_read(recap: Recap, text: str, expected: tuple[str, ...]) -> None:
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # who held them is not told: flown "to" a third country alone names no captor
        "Ten prisoners of war from other countries were flown to Riyadh.",
        # "from Ukraine" after the people is where they come from, not who held them
        "Ten prisoners of war from Ukraine were flown to Turkey.",
        # people of a side flown out of the other side's country: no foreigners
        "Ten Ukrainian prisoners of war were flown from Russia to Turkey.",
        # a delegation flown to talks moves no prisoners
        "A delegation from other countries was flown from Russia to Riyadh for talks.",
    ],
)
def test_other_countries_unread(recap: Recap, text: str) -> None:
    assert recap(text) == set()
