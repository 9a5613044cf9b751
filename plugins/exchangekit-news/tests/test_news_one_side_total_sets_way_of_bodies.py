"""One side's running total of bodies tells the way a later handover of no side went.

"Since the spring, Ukraine has received more than 4,000 bodies. On 12 August, 800
bodies were brought home": the total says which way the story's bodies go, as a
one-way handover would; the next handover told without sides goes that way. Both
sides' totals of like size, or a total of prisoners, say no way for bodies; nor does
one side's total after a handover has told the way already.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


def test_news_total_received_sets_way_of_next_handover(recap: Callable[[str], Any]) -> None:
    found = recap(
        "Since the spring, Ukraine has received more than 4,000 bodies."
        " On 12 August, 800 bodies were brought home."
    )
    assert ("2025-08-12", "RUS", "UKR", "remains", "800") in found


def test_news_total_taken_back_sets_way_of_largest_handover(recap: Callable[[str], Any]) -> None:
    found = recap(
        "Over the year Kyiv took back the remains of some 2,500 fallen soldiers."
        " The largest single handover, in March, involved 640 bodies."
    )
    assert ("2025-03", "RUS", "UKR", "remains", "640") in found


def test_news_russian_total_sets_way_to_russia(recap: Callable[[str], Any]) -> None:
    found = recap(
        "Russia has received about 300 bodies since the war began."
        " The latest handover, on 3 October, involved 40 bodies."
    )
    assert ("2025-10-03", "UKR", "RUS", "remains", "40") in found


def test_news_both_totals_alike_set_no_way(recap: Callable[[str], Any]) -> None:
    """900 against 800: neither side's total is the way bodies mostly go."""
    found = recap(
        "Ukraine has received 900 bodies this year and Russia 800."
        " On 12 August, 60 bodies were brought home."
    )
    assert not any(leg[4] == "60" for leg in found)


def test_news_total_of_prisoners_sets_no_way_of_bodies(recap: Callable[[str], Any]) -> None:
    found = recap(
        "Since the spring, 2,000 prisoners have come home to Ukraine."
        " On 12 August, 800 bodies were brought home."
    )
    assert not any(leg[4] == "800" for leg in found)


def test_news_total_the_other_way_does_not_turn_the_way_told(
    recap: Callable[[str], Any],
) -> None:
    """A handover set the way first: a small total back the other way leaves it."""
    found = recap(
        "Russia handed over 900 bodies to Ukraine on 2 May. Since 2022, Ukraine has"
        " returned 61 bodies to Russia. On 12 August, 500 bodies were brought home."
    )
    assert ("2025-08-12", "RUS", "UKR", "remains", "500") in found
    assert not any(leg[4] == "500" and leg[2] == "RUS" for leg in found)


@settings(max_examples=10, deadline=None)
@given(
    st.integers(min_value=2_200, max_value=90_000),
    st.integers(min_value=100, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
)
def test_news_total_sets_way_any_figures(
    recap: Callable[[str], Any], total: int, handed: int
) -> None:
    found = recap(
        f"Since the spring, Ukraine has received more than {total:,} bodies."
        f" On 12 August, {handed:,} bodies were brought home."
    )
    assert ("2025-08-12", "RUS", "UKR", "remains", f"{handed:,}") in found
