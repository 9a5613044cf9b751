""" "Defenders" paired with "the same number of" Russians came home to Ukraine.

"90 defenders returned, and as many Russian servicemen were handed back": the echo
counts the other leg of one swap, so the defenders are Ukraine's even with no "home"
written. With a Russian teller, or no echo, they stay of no side.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import moves

_DAY = date(2024, 9, 2)


@pytest.mark.parametrize(
    "text",
    [
        "On Friday 90 defenders returned, and the same number of Russian servicemen were "
        "handed back.",
        "On Friday 90 defenders were freed, and as many Russians went home.",
        # the echo's own clause names Kyiv as the side that held the Russians
        "On Friday 90 defenders returned, and the same number of Russian conscripts, whom "
        "Kyiv had held since the spring, were handed back.",
    ],
)
def test_news_defenders_before_a_russian_echo_came_home(text: str) -> None:
    assert ("RUS", "UKR", "prisoners_of_war", 90) in moves(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        # a Russian teller of "defenders" leaves their side open
        "Moscow said 90 defenders were freed, and as many Russians went home.",
        # no echo: set free, no home named
        "On Friday 90 defenders were freed.",
    ],
)
def test_news_defenders_without_an_echo_stay_unsided(text: str) -> None:
    assert ("RUS", "UKR", "prisoners_of_war", 90) not in moves(text, _DAY)
