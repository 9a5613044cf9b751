""" "Both sides reported N each" sizes a swap only when the swap is the clause's topic.

"In the handover of 3 May, both sides reported 60 each": the sides agree on the size of the
swap. "In the fighting after the swap of 3 May, both sides claimed 60 each": the swap only
dates the fighting, and "claimed" gives each side's contested count, not a swap's size.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_claims_after_a_dated_swap_are_no_swap(legs_of: Callable[..., Any]) -> None:
    assert not legs_of("In the fighting after the swap of 3 May, both sides claimed 60 each.")


def test_a_swap_only_dating_the_clause_is_no_swap(legs_of: Callable[..., Any]) -> None:
    """Harder: a verb of telling, but the exchange only marks the time ("after")."""
    assert not legs_of(
        "In the shelling that followed after the exchange of 12 March, each side reported 45 each."
    )


def test_a_claim_in_the_swap_s_own_clause_is_still_refused(legs_of: Callable[..., Any]) -> None:
    assert not legs_of("In the exchange of 12 March, each side claimed 45 each.")


def test_near_miss_the_swap_s_size_told_by_both_sides(legs_of: Callable[..., Any]) -> None:
    legs = legs_of("In the exchange of 12 March, each side confirmed 45 each.")
    assert {(s, r, c.best) for (s, r, _), counts in legs.items() for c in counts} == {
        ("UKR", "RUS", 45),
        ("RUS", "UKR", 45),
    }
