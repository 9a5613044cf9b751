"""Foreigners flown to a third country in an exchange that "also freed" one side's people.

"eight foreign fighters were flown to Doha in a swap that also freed 120 Ukrainians": the
foreigners went free with Ukraine's people, from the same captor, so Russia held them
and the country they were flown to received them. Where the exchange freed both sides'
people, or the "also" is another clause's, who held them is not told.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_THIRD = {"Doha": "QAT", "Riyadh": "SAU", "Ankara": "TUR"}
# (the side's people the exchange also freed, the side that held the foreigners)
_ALSO = [("Ukrainians", "RUS"), ("Ukrainian soldiers", "RUS"), ("Russian servicemen", "UKR")]


@given(
    count=st.integers(min_value=2, max_value=40),
    others=st.integers(min_value=50, max_value=400),
    third=st.sampled_from(sorted(_THIRD)),
    also=st.sampled_from(_ALSO),
    verb=st.sampled_from(["freed", "released", "returned"]),
)
@_SETTINGS
def test_held_by_the_captor_of_the_side_also_freed(
    recap: Recap, count: int, others: int, third: str, also: tuple[str, str], verb: str
) -> None:
    people, holder = also
    text = (
        f"Last week {count} foreign fighters were flown to {third} in an exchange that "
        f"also {verb} {others} {people}."
    )
    legs = {(leg[1], leg[2], leg[3], leg[4]) for leg in recap(text)}
    assert (holder, _THIRD[third], "prisoners_of_war", str(count)) in legs
    assert not {leg for leg in legs if leg[3] == str(count) and leg[1] != _THIRD[third]}


@pytest.mark.parametrize(
    "text",
    [
        # the exchange freed both sides' people: no one captor
        "Twelve foreign fighters were flown to Qatar in a swap that also freed 90 Russians "
        "and 90 Ukrainians.",
        # no exchange's clause says what else it freed
        "Twelve foreign fighters were flown to Qatar, and officials said they also hoped "
        "to free 90 Ukrainians.",
    ],
)
def test_captor_untold(recap: Recap, text: str) -> None:
    assert not {leg for leg in recap(text) if leg[2] == "QAT"}
