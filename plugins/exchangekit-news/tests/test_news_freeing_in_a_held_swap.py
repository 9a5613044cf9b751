"""A side's swap "freeing" people: "Kyiv held a swap on Friday, freeing 70 people".

A participle of freeing after a comma has its clause's subject: a side that held or
carried out an exchange, in any tense, freed its own people through it, so they went
to that side. A nationality on the people still decides, and a clause that itself
hands people over one way leaves the freed of no side.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1799) | st.integers(min_value=2101, max_value=9000),
    side=st.sampled_from([("Kyiv", "UKR", "RUS"), ("Moscow", "RUS", "UKR")]),
    verb=st.sampled_from(["held a prisoner swap", "carried out an exchange", "conducted a swap"]),
)
def test_the_side_that_held_the_swap_gets_the_freed(
    n: int, side: tuple[str, str, str], verb: str
) -> None:
    """Whatever the count, the freed go to the side that held the swap."""
    name, own, other = side
    text = f"{name} {verb} on Friday, freeing {n:,} people."
    assert moves(text) == {(other, own, "other", n)}


def test_freeing_soldiers_after_a_swap_with_the_other_side() -> None:
    """The other side named as partner does not turn the way round."""
    text = "Ukraine carried out a swap with Russia on 4 March, freeing 95 soldiers."
    assert moves(text) == {("RUS", "UKR", "prisoners_of_war", 95)}


def test_a_nationality_on_the_freed_still_decides() -> None:
    """Near miss: the enemy's soldiers freed in the side's swap went home to the enemy."""
    text = "Kyiv held a prisoner swap on Friday, freeing 70 Russian soldiers."
    assert moves(text) == {("UKR", "RUS", "prisoners_of_war", 70)}


def test_a_one_way_handover_before_freeing_gives_the_freed_no_side() -> None:
    """Near miss: the clause moved 30 Russians, so whose the 64 freed were is not told."""
    text = "Kyiv handed over 30 Russians in a swap on Friday, freeing 64 people."
    assert moves(text) == {("UKR", "RUS", "other", 30)}


def test_a_swap_held_up_is_not_a_swap_held() -> None:
    """Near miss: "held up" delays the swap, so the side did not free its own through it."""
    text = "Kyiv said Moscow held up the swap on Friday, freeing 64 people only later."
    assert ("UKR", "RUS", "other", 64) not in moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv agreed a swap with Moscow on Friday, freeing 64 people.",
        "Ukraine negotiated a prisoner exchange with Russia on Friday, freeing 64 people.",
        "On Friday Moscow agreed to the exchange, freeing 64 people.",
    ],
)
def test_a_swap_only_agreed_gives_the_freed_no_side(text: str) -> None:
    """Agreeing to a swap moves no one: whose the freed were is not told, so none is read."""
    assert moves(text) == set()


def test_a_swap_only_agreed_keeps_a_nationality_and_each_side() -> None:
    """Near miss: a nationality on the freed, or "each", still says where they went."""
    assert moves("Kyiv agreed a swap with Moscow on Friday, freeing 64 Ukrainians.") == {
        ("RUS", "UKR", "other", 64)
    }
    assert moves("Kyiv and Moscow agreed to exchanges, freeing 64 people each.") == {
        ("RUS", "UKR", "other", 64),
        ("UKR", "RUS", "other", 64),
    }


def test_exchanges_only_negotiated_in_the_perfect_give_the_freed_no_side() -> None:
    """Near miss: "has negotiated 40 exchanges" holds none of them, so the 800 have no side."""
    assert moves("Kyiv has negotiated 40 exchanges, freeing 800 people.") == set()
