"""Two figures shared out over two sides by "respectively".

"310 and 290 prisoners went home to Ukraine and Russia respectively": the first figure
went to the first side named, the second to the second, each from the other side. Sides
after "from" are the senders; sides as the subject of a verb of getting are receivers.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_SIDES = {"Ukraine": "UKR", "Russia": "RUS", "Kyiv": "UKR", "Moscow": "RUS"}
_OTHER = {"UKR": "RUS", "RUS": "UKR"}


@pytest.mark.parametrize(
    "text",
    [
        "On March 4, 310 and 290 prisoners went home to Ukraine and Russia respectively.",
        "On March 4, 310 and 290 soldiers were handed over to Ukraine and Russia, respectively.",
        "The March 4 swap - 310 and 290 captives returned to Ukraine and to Russia"
        " respectively - was the year's first.",
        "On March 4, 310 and 290 prisoners were freed from Russia and Ukraine respectively.",
        "On March 4, Ukraine and Russia received 310 and 290 prisoners respectively.",
    ],
)
def test_two_figures_go_to_two_sides_in_order(recap: Recap, text: str) -> None:
    legs = {(leg[1], leg[2], leg[4]) for leg in recap(text)}
    assert legs == {("RUS", "UKR", "310"), ("UKR", "RUS", "290")}


@given(
    first=st.integers(min_value=2, max_value=1500),
    second=st.integers(min_value=2, max_value=1500),
    sides=st.sampled_from([("Ukraine", "Russia"), ("Russia", "Ukraine"), ("Moscow", "Kyiv")]),
)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_each_figure_takes_the_side_in_its_place(
    recap: Recap, first: int, second: int, sides: tuple[str, str]
) -> None:
    if first == second or 1800 <= first <= 2100 or 1800 <= second <= 2100:
        return  # equal figures say nothing of order; bare numbers 1800-2100 read as years
    a, b = (_SIDES[s] for s in sides)
    text = (
        f"In the last swap, {first:,} and {second:,} prisoners returned to {sides[0]} and "
        f"{sides[1]} respectively."
    )
    assert {(leg[1], leg[2], leg[4]) for leg in recap(text)} == {
        (_OTHER[a], a, f"{first:,}"),
        (_OTHER[b], b, f"{second:,}"),
    }


def test_dates_respectively_keep_their_reading(recap: Recap) -> None:
    """Near miss: "respectively" pairing the figures with days, not sides."""
    text = "Ukraine got back 310 and 290 prisoners on March 4 and April 9 respectively."
    assert {(leg[0], leg[2], leg[4]) for leg in recap(text)} == {
        ("2025-03-04", "UKR", "310"),
        ("2025-04-09", "UKR", "290"),
    }


def test_one_side_named_gives_no_pairing(recap: Recap) -> None:
    """Near miss: with no "respectively", both figures go to the one side after "to"."""
    text = "On March 4, 310 soldiers and 290 civilians returned to Ukraine."
    assert {(leg[2], leg[4]) for leg in recap(text)} == {("UKR", "310"), ("UKR", "290")}
