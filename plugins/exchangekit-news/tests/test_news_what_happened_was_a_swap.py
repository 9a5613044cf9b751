"""A swap named as "what took place" or "what happened" was done, whatever was agreed of it.

"What did happen, on Friday, was a smaller swap of 60 for 60, which the two sides had
agreed in March": the clause before "was" says the swap is the thing that happened, so
the agreement told after it is the swap's history, not a plan still to carry out. A
clause that wants, proposes or denies the swap ("What Kyiv wants is ...", "What did not
happen was ...") leaves the agreed swap a plan.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "What did happen, on 14 November, was a smaller swap of 60 for 60, which the two"
            " sides had agreed in March.",
            "2025-11-14",
        ),
        (
            "What happened on 14 November was an exchange of 60 for 60 that both capitals had"
            " agreed weeks earlier.",
            "2025-11-14",
        ),
        (
            "What took place, on 14 November, was a modest exchange of 60 for 60, agreed at"
            " talks in Geneva.",
            "2025-11-14",
        ),
    ],
)
def test_what_happened_was_the_swap(recap: Recap, text: str, period: str) -> None:
    """Both ways of the pair are read, on the day told."""
    legs = {(p, s, r, c) for p, s, r, _, c in recap(text)}
    assert legs == {(period, "RUS", "UKR", "60"), (period, "UKR", "RUS", "60")}


@pytest.mark.parametrize(
    "text",
    [
        "What Kyiv wants is a swap of 60 for 60, which the two sides had agreed in March.",
        "What did not happen was a swap of 60 for 60, which the two sides had agreed in March.",
        "A swap of 60 for 60, which the two sides had agreed in March, is still awaited.",
    ],
)
def test_agreed_swap_still_a_plan(recap: Recap, text: str) -> None:
    """Without a clause of happening before "was", the agreed swap is not read."""
    assert not recap(text)


@given(n=st.integers(min_value=2, max_value=1700))
@settings(max_examples=10, deadline=None)
def test_any_count(recap: Recap, n: int) -> None:
    """Whatever the size, the pair named as what took place is read both ways."""
    legs = recap(
        f"What took place on 14 November was a swap of {n:,} for {n:,}, which both sides"
        " had agreed in the summer."
    )
    assert {(s, r, c) for _, s, r, _, c in legs} == {
        ("RUS", "UKR", f"{n:,}"),
        ("UKR", "RUS", f"{n:,}"),
    }
