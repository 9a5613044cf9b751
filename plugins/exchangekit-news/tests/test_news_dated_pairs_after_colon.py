"""Bare "N for N" pairs listed after a colon, each opened by its own day.

"Two swaps took place: on 3 May, 60 for 60, and on 9 June, 75 for 75": the day and a
comma open each item, the pair sizes that day's exchange; a list of plans stays out.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(min_value=10, max_value=99),
    second=st.integers(min_value=100, max_value=300),
    head=st.sampled_from(["Two swaps followed", "Two prisoner exchanges took place in spring"]),
)
def test_each_day_opens_its_own_pair(
    recap: Callable[[str], Legs], first: int, second: int, head: str
) -> None:
    """Each pair goes both ways on the day written before it, and on no other day."""
    text = f"{head}: on 3 May, {first} for {first}, and on 9 June, {second} for {second}."
    sized = {(p, s, r, n) for p, s, r, _, n in recap(text)}
    assert sized == {
        ("2025-05-03", "UKR", "RUS", str(first)),
        ("2025-05-03", "RUS", "UKR", str(first)),
        ("2025-06-09", "UKR", "RUS", str(second)),
        ("2025-06-09", "RUS", "UKR", str(second)),
    }


def test_harder_a_mediator_clause_after_the_list(recap: Callable[[str], Legs]) -> None:
    """Harder: a clause on the go-between closes the list after a comma."""
    text = (
        "The quarter saw two exchanges of captives: on 2 July, 48 for 48, and on 30 July,"
        " 121 for 121, each brokered by Qatar."
    )
    assert {(p, n) for p, _, _, _, n in recap(text)} == {
        ("2025-07-02", "48"),
        ("2025-07-30", "121"),
    }


def test_a_list_of_agreed_swaps_is_not_read(recap: Callable[[str], Legs]) -> None:
    """Near miss: the same list after a verb of planning tells no exchange."""
    text = "Two swaps were agreed: on 3 May, 60 for 60, and on 9 June, 75 for 75."
    assert recap(text) == set()
