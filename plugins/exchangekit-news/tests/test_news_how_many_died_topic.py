""" "How many <side> soldiers have died" gives its side to the next bare toll, not to others.

"Kyiv would not say how many Ukrainian troops have died. More than 30,000 had been killed,
it said": the toll is of those soldiers, also after "have actually been killed". A toll
whose clause names another group ("Among the attackers, ...", "30,000 of the enemy") does
not take the side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_ASKED = "Officials would not say how many Ukrainian soldiers have died. "


def test_a_toll_among_others_takes_no_side(news: Callable[..., Any], found: Any) -> None:
    result = news(_ASKED + "Among the attackers, more than 20,000 had been killed, they said.")
    assert not any(subject == "UKR" for subject, _, _ in found(result))


def test_a_partitive_of_the_enemy_takes_no_side(news: Callable[..., Any], found: Any) -> None:
    """Harder: the group follows the number, "of the enemy"."""
    result = news(_ASKED + "Some 30,000 of the enemy had been killed, they said.")
    assert not any(subject == "UKR" for subject, _, _ in found(result))


def test_an_adverb_and_two_auxiliaries_still_ask_the_count(
    news: Callable[..., Any], found: Any
) -> None:
    result = news(
        "The president named a figure for how many Ukrainian soldiers have actually been "
        "killed. He said more than 46,000 had been killed."
    )
    assert {(s, k) for s, k, _ in found(result)} == {("UKR", "killed")}


def test_near_miss_a_bare_toll_takes_the_side(news: Callable[..., Any], found: Any) -> None:
    result = news(_ASKED + "More than 20,000 had been killed, they said.")
    assert {(s, k) for s, k, _ in found(result)} == {("UKR", "killed")}
