"""A relative clause after two people nouns joined by "and" is skipped to reach the verb.

"N soldiers and civilians, some of whom had been held for years, came home": the noun group
ends at the second noun, and the aside between it and the verb hides nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given
from hypothesis import strategies as st


def _figures(found: Any, sender: str, receiver: str) -> list[int]:
    """The best figures of every leg read from ``sender`` to ``receiver``."""
    return [
        c.best
        for (s, r, _), counts in found.items()
        for c in counts
        if (s, r) == (sender, receiver)
    ]


def test_joined_nouns_then_some_of_whom(legs_of: Callable[..., Any]) -> None:
    """The figure before "soldiers and civilians, some of whom ..." reaches its verb."""
    found = legs_of(
        "140 Ukrainian soldiers and civilians, some of whom had spent years in "
        "captivity, came home on Thursday."
    )
    assert _figures(found, "RUS", "UKR") == [140]


def test_other_wordings(legs_of: Callable[..., Any]) -> None:
    """Two more wordings: "most of whom" after guards, and "who" after a second noun."""
    guards = legs_of(
        "Ninety Ukrainian soldiers and border guards, most of whom were captured in 2022, "
        "came home on Friday."
    )
    assert _figures(guards, "RUS", "UKR") == [90]
    held = legs_of(
        "Sixty Russian servicemen and civilians, who had been held in Ukraine, were "
        "returned to Russia on Monday."
    )
    assert _figures(held, "UKR", "RUS") == [60]


@given(st.integers(min_value=2, max_value=3000))
def test_any_figure_reaches_its_verb(legs_of: Callable[..., Any], n: int) -> None:
    """Whatever the figure, the aside does not cut it off from "came home"."""
    found = legs_of(
        f"{n:,} Ukrainian soldiers and civilians, some of whom had been held for months, "
        "came home on Sunday."
    )
    assert _figures(found, "RUS", "UKR") == [n]
