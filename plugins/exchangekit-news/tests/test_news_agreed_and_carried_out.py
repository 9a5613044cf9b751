"""A swap "agreed ... and carried out" was done: the second participle shares the "was".

"On 9 April a swap of 60 for 60 was agreed in Doha and carried out the same day": the
agreement alone would leave a plan, but "and carried out" (or "and conducted", "and
completed") joined to the past passive says it happened. A modal, an infinitive or a
negation keeps the plan: "was agreed and will be carried out next week", "was agreed
but never carried out".
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
        "On 9 April a swap of 60 for 60 was agreed in Doha and carried out the same day.",
        "On 9 April a further exchange, 60 for 60, was agreed through Turkish mediators and"
        " conducted within hours.",
        "On 9 April an exchange of 60 for 60, brokered by Qatar, was agreed overnight and"
        " carried out at the border.",
    ],
)
def test_agreed_and_done(recap: Recap, text: str) -> None:
    """Both ways of the pair are read, on the day told."""
    legs = {(p, s, r, c) for p, s, r, _, c in recap(text)}
    assert legs == {("2025-04-09", "RUS", "UKR", "60"), ("2025-04-09", "UKR", "RUS", "60")}


@pytest.mark.parametrize(
    "text",
    [
        "On 9 April a swap of 60 for 60 was agreed in Doha.",
        "On 9 April a swap of 60 for 60 was agreed in Doha and will be carried out next week.",
        "On 9 April a swap of 60 for 60 was agreed in Doha but never carried out.",
    ],
)
def test_still_a_plan(recap: Recap, text: str) -> None:
    """Without a done participle joined to the passive, the agreed swap is not read."""
    assert not recap(text)


@given(n=st.integers(min_value=2, max_value=1700))
@settings(max_examples=10, deadline=None)
def test_any_count(recap: Recap, n: int) -> None:
    """Whatever the size, the agreed-and-carried-out pair is read both ways."""
    legs = recap(f"On 9 April a swap of {n:,} for {n:,} was agreed and carried out the same day.")
    assert {(s, r, c) for _, s, r, _, c in legs} == {
        ("RUS", "UKR", f"{n:,}"),
        ("UKR", "RUS", f"{n:,}"),
    }
