"""A recalled "N each way" takes its sides from the last exchange, its kind from the talk.

After a body handover, "And the prisoner swaps? - That was in early March, 80 each way"
recalls a prisoner swap: the legs told last give only who traded with whom.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import PersonCategory

_BODIES_FIRST = (
    "ANCHOR: Moscow handed 700 bodies to Kyiv on Thursday, and Kyiv sent 20 bodies back.\n\n"
    "GUEST: It was a sombre day at the border.\n\n"
    "ANCHOR: Families are still waiting.\n\n"
)


def test_a_recalled_prisoner_swap_after_bodies_is_of_prisoners(legs_of: Callable[..., Any]) -> None:
    legs = legs_of(
        _BODIES_FIRST
        + "ANCHOR: And the prisoner exchanges? When was the last one?\n\n"
        + "GUEST: That was in early March, 80 each way.",
        published=date(2025, 6, 10),
    )
    remains = [
        c.best for (_, _, k), counts in legs.items() if k is PersonCategory.REMAINS for c in counts
    ]
    assert 80 not in remains
    for way in (("RUS", "UKR"), ("UKR", "RUS")):
        assert [c.best for c in legs[(*way, PersonCategory.PRISONERS_OF_WAR)]] == [80]


def test_near_miss_a_recalled_body_handover_stays_of_bodies(legs_of: Callable[..., Any]) -> None:
    legs = legs_of(
        _BODIES_FIRST
        + "ANCHOR: And the handover of bodies before that one?\n\n"
        + "GUEST: That was in early March, 80 each way.",
        published=date(2025, 6, 10),
    )
    assert 80 in [c.best for c in legs[("RUS", "UKR", PersonCategory.REMAINS)]]
