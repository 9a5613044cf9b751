"""A side, as the subject, handing the other side's people straight to a third country.

"Russia handed over 12 Ukrainian marines to Turkey": the nationality says whose people
they are, but the country right after them got them, so they did not go home; the
subject let them go. Told as going on from there ("... to Turkey and then home"), or
handed to their own side, they went home as before.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

LEAD = "Ukraine and Russia exchanged prisoners on 4 November. "


def test_news_active_handover_to_a_third_country_goes_there(recap: Recap) -> None:
    legs = recap(LEAD + "Moscow gave up 9 Ukrainian sailors to Turkey on the same day.")
    assert ("2025-11-04", "RUS", "TUR", "prisoners_of_war", "9") in legs
    assert not any(leg[2] == "UKR" and leg[4] == "9" for leg in legs)


def test_news_particle_after_the_people_still_reads_the_country(recap: Recap) -> None:
    legs = recap(
        LEAD + "Russia handed 14 Ukrainian marines over to Turkey, where they are to wait out"
        " the war."
    )
    assert ("2025-11-04", "RUS", "TUR", "prisoners_of_war", "14") in legs


def test_news_onward_home_leaves_them_going_home(recap: Recap) -> None:
    # near miss: the country is a stop on the way home, not the receiver
    legs = recap(LEAD + "Russia transferred 14 Ukrainian marines to Turkey and then home.")
    assert not any(leg[2] == "TUR" for leg in legs)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    size=st.integers(min_value=2, max_value=60),
    sides=st.sampled_from([("Russia", "Ukrainian"), ("Ukraine", "Russian")]),
)
def test_news_people_handed_to_a_third_country_never_go_home(
    recap: Recap, size: int, sides: tuple[str, str]
) -> None:
    giver, people = sides
    legs = recap(LEAD + f"{giver} handed over {size} {people} soldiers to Turkey.")
    moved = {(s, r) for _, s, r, _, c in legs if c == str(size)}
    assert moved == {({"Russia": "RUS", "Ukraine": "UKR"}[giver], "TUR")}


def test_news_flight_home_from_the_country_leaves_them_going_home(recap: Recap) -> None:
    # near miss: the country is where they landed on their way home
    legs = recap(
        LEAD + "Russia released 14 Ukrainian marines to Turkey, from where they flew home."
    )
    assert not any(leg[2] == "TUR" for leg in legs)


def test_news_country_further_on_is_not_the_object_goal(recap: Recap) -> None:
    # near miss: "to" past the people and a place is not their receiver
    legs = recap(
        LEAD + "Russia handed over 14 Ukrainian marines at the border after talks led by Turkey."
    )
    assert not any(leg[2] == "TUR" for leg in legs)
