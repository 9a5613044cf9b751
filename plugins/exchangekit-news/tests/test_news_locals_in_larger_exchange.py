"""People told by where they come from who came home "in a larger exchange" are a part.

A local story's "three sailors from the port town came home in a bigger exchange in
May" counts the town's own people among that swap's, so no figure of the swap is
read; "300 sailors came home in a bigger exchange" sizes the swap itself.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import moves

_DAY = date(2025, 6, 20)
_TODAY = "Ukraine said 120 of its prisoners of war came home on Friday. "


@pytest.mark.parametrize(
    "told",
    [
        "In May, three sailors from the port town came home in a bigger exchange.",
        "In May, Russia freed four soldiers from the district as part of a larger prisoner swap.",
    ],
)
def test_news_locals_freed_in_a_larger_swap_are_no_figure_of_it(told: str) -> None:
    assert moves(_TODAY + told, _DAY) == {("RUS", "UKR", "prisoners_of_war", 120)}


@pytest.mark.parametrize(
    ("told", "n"),
    [
        # near misses: no home named, or the swaps compared
        ("In May, 300 sailors came home in a bigger exchange.", 300),
        ("In May, 300 sailors from the fleet came home in a bigger exchange than April's.", 300),
    ],
)
def test_news_a_larger_swaps_own_figure_is_read(told: str, n: int) -> None:
    assert ("RUS", "UKR", "prisoners_of_war", n) in moves(_TODAY + told, _DAY)
