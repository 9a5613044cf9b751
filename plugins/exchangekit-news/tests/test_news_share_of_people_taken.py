"""A share of people told as taken away that "have been returned" is a running total.

"The ombudsman has recorded 9,120 children deported by Russia. Only 212 of them have been
returned to Ukraine.": set against everyone taken, the homecomings are all so far, so the
figure is a tally, not one handover, whether the taking is a verb's object ("Russia has
deported 9,120") or a participle after the people ("9,120 children deported", "were
deported"). A day in the clause ("on Friday, 12 of them were returned") tells one handover.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "taking",
    [
        "The ombudsman has recorded 9,120 children deported by Russia.",
        "The ombudsman says 9,120 children were deported by Russia.",
        "Russia has deported 9,120 children, the ombudsman says.",
    ],
)
@pytest.mark.parametrize(
    "back",
    ["Only 212 of them have been returned to Ukraine.", "Just 212 have come back to Ukraine."],
)
def test_news_a_share_of_those_taken_is_a_tally(
    receipts: Callable[..., Any], taking: str, back: str
) -> None:
    moved, tallied = receipts(f"{taking} {back}")
    assert ("UKR", "children", "212") in tallied
    assert ("UKR", "children", "212") not in moved


@given(n=st.integers(min_value=2, max_value=9_000))
def test_news_fewer_back_than_taken_is_never_one_handover(
    receipts: Callable[..., Any], n: int
) -> None:
    figure = f"{n:,}"
    moved, _ = receipts(
        "The ombudsman has recorded 9,120 children deported by Russia. "
        f"Only {figure} of them have been returned to Ukraine."
    )
    assert ("UKR", "children", figure) not in moved


def test_news_a_day_in_the_clause_tells_one_handover(receipts: Callable[..., Any]) -> None:
    moved, tallied = receipts(
        "The ombudsman has recorded 9,120 children deported by Russia. On Friday, 12 of them "
        "were returned to Ukraine."
    )
    assert ("UKR", "children", "12") in moved
    assert not tallied
