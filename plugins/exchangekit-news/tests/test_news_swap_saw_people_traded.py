"""A swap that "saw" people traded: the participle after the object is the figure's verb.

"The exchange on 3 May saw 120 prisoners traded for 120": the noun of the swap is the
subject of "saw", and what happened to the people is told by the participle right after
them, so the pair goes both ways as after "120 prisoners were traded for 120". Without a
participle of handing over after the people ("saw 120 prisoners in tears") nothing moves.
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
        "The exchange on 3 May saw 120 prisoners traded for 120.",
        "The previous swap, on 3 May, saw 120 prisoners exchanged for 120.",
        "The handover on 3 May saw 120 prisoners swapped for 120, with Qatar mediating.",
    ],
)
def test_saw_people_traded(recap: Recap, text: str) -> None:
    """Both ways of the pair are read, of prisoners, on the day told."""
    assert recap(text) == {
        ("2025-05-03", "RUS", "UKR", "prisoners_of_war", "120"),
        ("2025-05-03", "UKR", "RUS", "prisoners_of_war", "120"),
    }


def test_same_as_the_passive(recap: Recap) -> None:
    """The "saw" construction reads as the plain passive does."""
    saw = recap("The exchange on 3 May saw 120 prisoners traded for 120.")
    passive = recap("On 3 May, 120 prisoners were traded for 120.")
    assert saw == passive


def test_no_participle_no_move(recap: Recap) -> None:
    """Without a verb of handing over after the people, nothing is read."""
    assert not recap("The exchange on 3 May saw 120 prisoners in tears at the border.")


@given(n=st.integers(min_value=2, max_value=1500))
@settings(max_examples=10, deadline=None)
def test_any_count(recap: Recap, n: int) -> None:
    """Whatever the size, the pair goes both ways."""
    legs = recap(f"The exchange on 3 May saw {n:,} prisoners traded for {n:,}.")
    assert {(s, r, c) for _, s, r, _, c in legs} == {
        ("RUS", "UKR", f"{n:,}"),
        ("UKR", "RUS", f"{n:,}"),
    }
