"""A plural of handovers sized by "of" over a list of dates: one handover of that size a date.

"Exchanges of 100 prisoners each way took place on 3 May and 9 June", "Repatriations
of about 800 bodies followed in June and again in August": the plural "of" a figure
describes each handover, and the listed dates are one handover each. The way of
bodies with no side named is the story's, as for a single handover told without sides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


def test_news_handovers_of_bodies_to_a_side_over_months(recap: Callable[[str], Any]) -> None:
    found = recap("Repatriations of about 800 bodies to Ukraine followed in June and in August.")
    assert {(leg[0], leg[2], leg[4]) for leg in found} == {
        ("2025-06", "UKR", "around 800 [720, 880]"),
        ("2025-08", "UKR", "around 800 [720, 880]"),
    }


def test_news_exchanges_of_prisoners_each_way_over_days(recap: Callable[[str], Any]) -> None:
    found = recap("Exchanges of 60 prisoners each way took place on 3 May and 9 June.")
    assert found == {
        ("2025-05-03", "UKR", "RUS", "prisoners_of_war", "60"),
        ("2025-05-03", "RUS", "UKR", "prisoners_of_war", "60"),
        ("2025-06-09", "UKR", "RUS", "prisoners_of_war", "60"),
        ("2025-06-09", "RUS", "UKR", "prisoners_of_war", "60"),
    }


def test_news_handovers_without_sides_take_the_story_way(recap: Callable[[str], Any]) -> None:
    found = recap(
        "Ukraine took back 900 bodies on Tuesday. Handovers of around 800 bodies had"
        " taken place in June, in July and again in August."
    )
    assert {(leg[0], leg[1], leg[2]) for leg in found if leg[4] != "900"} == {
        ("2025-06", "RUS", "UKR"),
        ("2025-07", "RUS", "UKR"),
        ("2025-08", "RUS", "UKR"),
    }


def test_news_handovers_of_a_figure_without_dates_stay_a_pattern(
    recap: Callable[[str], Any],
) -> None:
    """With no list of dates, "monthly handovers of about 800 bodies" is no one handover."""
    found = recap(
        "Ukraine took back 900 bodies on Tuesday. Monthly handovers of around 800 bodies"
        " have become routine."
    )
    assert {leg[4] for leg in found} == {"900"}


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=20, max_value=2000))
def test_news_handovers_of_figure_over_months_any_figure(
    recap: Callable[[str], Any], n: int
) -> None:
    found = recap(f"Handovers of {n:,} bodies to Ukraine took place in June and in August.")
    assert {(leg[0], leg[4]) for leg in found} == {("2025-06", f"{n:,}"), ("2025-08", f"{n:,}")}
