"""A relative clause on "another" handover of remains: "..., in which 82 were returned".

"another" is one more of the handover the sentence told, so a figure with no side of its own
in the clause on it went the same way, on that other handover's day. A prisoner swap goes
both ways, so a sideless figure in "another swap" stays unread; a side the clause names wins.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine received 150 bodies on 4 January, after another on 31 December, in which"
        " 82 were returned.",
        "Kyiv took back the remains of 150 soldiers on 4 January, after another handover on"
        " 31 December, in which 82 were returned.",
        "Russia handed over 150 bodies on 4 January, following another repatriation on"
        " 31 December, in which 82 bodies were returned.",
    ],
)
def test_same_way_on_its_own_day(recap: Recap, text: str) -> None:
    """The other handover's people go the way of the one told, on their own day."""
    legs = recap(text)
    assert ("2025-01-04", "RUS", "UKR", "remains", "150") in legs
    assert ("2024-12-31", "RUS", "UKR", "remains", "82") in legs


def test_a_side_told_in_the_clause_wins(recap: Recap) -> None:
    """ "in which 82 were returned to Russia": the clause's own way."""
    legs = recap(
        "Ukraine received 150 bodies on 4 January, after another on 31 December,"
        " in which 82 were returned to Russia."
    )
    assert {(p, s, r) for p, s, r, _, c in legs if c == "82"} == {("2024-12-31", "UKR", "RUS")}


def test_another_prisoner_swap_is_refused(recap: Recap) -> None:
    """In another swap, 82 with no side could have gone either way: no reading."""
    legs = recap(
        "Ukraine received 150 soldiers on 4 January, after another swap on 31 December,"
        " in which 82 were returned."
    )
    assert not {leg for leg in legs if leg[4] == "82"}


@given(n=st.integers(min_value=2, max_value=900))
@settings(max_examples=10, deadline=None)
def test_any_count(recap: Recap, n: int) -> None:
    """Whatever the count, it sizes the other handover, the same way."""
    legs = recap(
        f"Ukraine received 950 bodies on 4 January, after another on 31 December,"
        f" in which {n:,} were returned."
    )
    assert ("2024-12-31", "RUS", "UKR", "remains", f"{n:,}") in legs
