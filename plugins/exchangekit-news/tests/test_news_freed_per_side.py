"""A bare number a participle of freeing shares out per side is a swap's size (b24-f).

"The last swap, on 2 March, saw 88 freed from each side": the noun is left out and
the verb is a reduced participle, not a finite "were freed"; the per-side phrase
says the number is what each side let go. The dead are handed over, never freed,
so a report on bodies before it does not make the freed into remains.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

Legs = Callable[..., dict[tuple[str, str, str], Count]]


@pytest.mark.parametrize(
    "text",
    [
        "The last swap, on 2 March, saw 88 freed from each side.",
        # harder: an agent phrase, and a report on bodies told just before
        "Russia handed back the bodies of fallen soldiers in the morning. "
        "The afternoon swap, on 2 March, saw 88 freed by each side.",
        "The swap on 2 March saw 88 released from each side.",
    ],
)
def test_news_freed_per_side_is_a_swap_of_prisoners(legs: Legs, text: str) -> None:
    found = legs(text)
    assert found.get(("RUS", "UKR", "prisoners_of_war")) == Count.exact(88)
    assert found.get(("UKR", "RUS", "prisoners_of_war")) == Count.exact(88)
    assert not any(kind == "remains" for _, _, kind in found)


@pytest.mark.parametrize(
    "text",
    [
        # no per-side phrase: "88 freed" may be anything, and is not read as a swap
        "The week saw 88 freed hostages questioned by police.",
        "In 2023, 88 freed themselves from the rubble.",
    ],
)
def test_news_freed_without_sides_is_no_swap(legs: Legs, text: str) -> None:
    assert legs(text) == {}


def test_news_finite_freed_in_a_swap_after_bodies_is_not_remains(legs: Legs) -> None:
    """ "Bodies were exchanged. In a later swap, 40 were freed from each side": the living."""
    text = "Bodies were exchanged in the morning. In a later swap, 40 were freed from each side."
    assert all(kind != "remains" for _, _, kind in legs(text))


@given(n=st.integers(min_value=2, max_value=1_500))
def test_news_freed_per_side_reads_any_size(legs: Legs, n: int) -> None:
    found = legs(f"The swap on 9 June saw {n:,} freed from each side.")
    assert set(found.values()) == {Count.exact(n)}
    assert {(s, r) for s, r, _ in found} == {("RUS", "UKR"), ("UKR", "RUS")}
