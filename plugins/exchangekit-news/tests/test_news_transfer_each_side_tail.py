"""A figure set off after a swap clause and shared out by "on each side" / "from each side".

Reporters often tell the swap first and its size after a comma ("traded captives on Monday,
64 on each side"): the trailing phrase names both directions just as "each" or "apiece" does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

Keyed = dict[tuple[str, str, str], Any]


def test_set_off_figure_on_each_side_runs_both_ways(legs: Callable[..., Keyed]) -> None:
    """ "..., 64 on each side" after a prisoner swap gives each direction 64 prisoners."""
    found = legs("Kyiv and Moscow traded captured soldiers on Monday, 64 on each side.")
    assert found[("UKR", "RUS", "prisoners_of_war")].best == 64
    assert found[("RUS", "UKR", "prisoners_of_war")].best == 64


def test_other_wordings_are_read(legs: Callable[..., Keyed]) -> None:
    """Two more wordings: "on either side" with bodies, "from each side" with prisoners."""
    bodies = legs(
        "Russia and Ukraine handed over the remains of fallen troops, 500 on either side."
    )
    assert bodies[("UKR", "RUS", "remains")].best == 500
    assert bodies[("RUS", "UKR", "remains")].best == 500
    freed = legs("Ukraine and Russia released prisoners of war at the border, 41 from each side.")
    assert freed[("UKR", "RUS", "prisoners_of_war")].best == 41
    assert freed[("RUS", "UKR", "prisoners_of_war")].best == 41


def test_a_planned_swap_stays_a_plan(legs: Callable[..., Keyed]) -> None:
    """The phrase does not turn an announced swap into a done one."""
    assert legs("The two sides agreed to swap prisoners next week, 300 on each side.") == {}


@given(n=st.integers(min_value=2, max_value=999))
def test_any_count_runs_both_ways(legs: Callable[..., Keyed], n: int) -> None:
    """Whatever the number, the set-off figure is read for both directions alike."""
    found = legs(f"Moscow and Kyiv exchanged prisoners of war on Friday, {n} on each side.")
    assert found[("UKR", "RUS", "prisoners_of_war")].best == n
    assert found[("RUS", "UKR", "prisoners_of_war")].best == n
