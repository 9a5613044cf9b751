"""People sent to a third country, told by the side that let them go or pointed back at.

"Moscow handed the four officers to Qatar, where they will stay until the war ends": the
sentence's own sender let them go, and the country keeps them, so Qatar, not the
officers' side, received them. "Russia freed four officers ... The four officers were
flown to Qatar, where they are to stay": the later sentence sets right where the people
counted before went. A country's formal style ("the Kingdom of Saudi Arabia") names it
as well as its short name, and "ten prisoners, citizens of Morocco and Chile," says
whose people they are as "from Morocco and Chile" does. A release to a third country is
never printed as a return home.
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
_THIRD = {"Qatar": "QAT", "Turkey": "TUR", "Saudi Arabia": "SAU"}
_SIDES = {"Russia": ("RUS", "UKR"), "Ukraine": ("UKR", "RUS")}


def _ways(legs: Legs) -> set[tuple[str, str, str, str]]:
    return {(leg[1], leg[2], leg[3], leg[4]) for leg in legs}


@given(
    count=st.integers(min_value=2, max_value=40),
    third=st.sampled_from(sorted(_THIRD)),
    side=st.sampled_from(sorted(_SIDES)),
    stay=st.sampled_from(["they will stay", "they are to remain", "they will wait"]),
)
@_SETTINGS
def test_sender_hands_people_to_a_country_that_keeps_them(
    recap: Recap, count: int, third: str, side: str, stay: str
) -> None:
    sender, home = _SIDES[side]
    text = (
        f"On Monday {side} handed the {count} officers to {third}, where {stay} until the war ends."
    )
    ways = _ways(recap(text))
    assert all(receiver != home for _, receiver, _, _ in ways)  # never home
    if stay != "they will wait":
        assert ways == {(sender, _THIRD[third], "prisoners_of_war", str(count))}


def test_sender_without_a_stay_reads_no_third_country(recap: Recap) -> None:
    # nothing says the country keeps them: they may be on their way home
    ways = _ways(recap("On Monday Russia handed the four officers to Qatar."))
    assert all(receiver != "QAT" for _, receiver, _, _ in ways)


@pytest.mark.parametrize("third", sorted(_THIRD))
def test_people_counted_before_are_sent_on_to_a_third_country(recap: Recap, third: str) -> None:
    text = (
        "Russia freed four officers of the Ukrainian garrison, along with 120 other "
        "Ukrainian soldiers, in a swap on Monday. The four officers, among them the "
        f"unit's chief, were flown to {third}, where they are to stay until the war is "
        "over, officials said."
    )
    assert _ways(recap(text)) == {
        ("RUS", _THIRD[third], "prisoners_of_war", "4"),
        ("RUS", "UKR", "prisoners_of_war", "120"),
    }


def test_people_of_another_size_keep_their_way(recap: Recap) -> None:
    # "the four officers" are not the six told before: nothing is set right
    text = (
        "Russia freed six soldiers in a swap on Monday. The four officers were flown to "
        "Qatar, where they are to stay until the war is over."
    )
    assert ("RUS", "UKR", "prisoners_of_war", "6") in _ways(recap(text))


def test_a_country_named_in_its_formal_style(recap: Recap) -> None:
    text = (
        "On Monday, eight foreign fighters held by Russia were released and transferred "
        "to the Kingdom of Saudi Arabia."
    )
    assert _ways(recap(text)) == {("RUS", "SAU", "prisoners_of_war", "8")}


def test_citizens_of_other_countries_go_to_the_third_country(recap: Recap) -> None:
    text = (
        "On Monday, twelve prisoners, citizens of Morocco, Chile and Sweden, were flown "
        "from Russia to Qatar."
    )
    ways = _ways(recap(text))
    assert {(s, r, n) for s, r, _, n in ways} == {("RUS", "QAT", "12")}


def test_citizens_of_a_side_are_not_foreigners(recap: Recap) -> None:
    text = "On Monday, twelve prisoners, citizens of Ukraine, were handed from Russia to Qatar."
    assert all(receiver != "UKR" for _, receiver, _, _ in _ways(recap(text)))
