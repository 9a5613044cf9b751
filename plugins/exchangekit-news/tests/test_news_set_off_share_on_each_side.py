"""A share per side set off after a done swap by a phrase: "swapped prisoners, 60 on each side".

"On each side", "from each side" or "in either direction" after a comma or dash shares the
bare number out per side, as a bare "each" set off after a swap's object does. The
share keeps the kind of a wounded object, also one hung on the swap's noun past a
mediator ("a swap of wounded prisoners brokered by Qatar, 50 on each side"). A share
of a count just given ("2,000 detainees - 1,000 on each side"), of a swap only planned
or proposed, or of a place ("on each side of the river") is not read so.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves


def moved(text: str) -> set[tuple[str, str, str, int]]:
    """(sender, receiver, category, count) of every transfer read in ``text``."""
    return moves(text, published=date(2025, 11, 30))


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=900),
    phrase=st.sampled_from(["on each side", "from each side", "in either direction"]),
    verb=st.sampled_from(["swapped", "exchanged", "traded"]),
)
def test_the_phrase_shares_the_number_out_per_side(n: int, phrase: str, verb: str) -> None:
    """Whatever the number, phrase and verb, each side gets the number, of prisoners."""
    text = f"On 12 November Ukraine and Russia {verb} prisoners of war, {n} {phrase}."
    found = moved(text)
    assert ("RUS", "UKR", "prisoners_of_war", n) in found
    assert ("UKR", "RUS", "prisoners_of_war", n) in found


def test_a_phrase_between_dashes_with_the_number_in_words() -> None:
    """Harder: the share is spelled out and set off by spaced hyphens, as a transcript
    writes it."""
    text = (
        "Ukraine and Russia have traded prisoners - one hundred and twelve on each side - "
        "for the first time since the talks, the presenter said on 12 November."
    )
    found = moved(text)
    assert ("RUS", "UKR", "prisoners_of_war", 112) in found
    assert ("UKR", "RUS", "prisoners_of_war", 112) in found


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=400),
    hurt=st.sampled_from(["wounded", "seriously wounded", "badly injured"]),
)
def test_a_wounded_object_keeps_its_kind(n: int, hurt: str) -> None:
    """The share of a wounded object counts wounded prisoners, each way."""
    text = f"On 12 November the two sides swapped {hurt} prisoners, {n} on each side."
    found = moved(text)
    assert ("RUS", "UKR", "wounded_prisoners", n) in found
    assert ("UKR", "RUS", "wounded_prisoners", n) in found


def test_a_swap_nouns_wounded_object_past_its_mediator() -> None:
    """Harder: the object hangs on the swap's noun, a mediator stands before the comma,
    and the story before it is of bodies; the share is still of wounded prisoners."""
    text = (
        "Repatriations of the dead went on all autumn. The winter opened on 2 December "
        "with a swap of seriously wounded prisoners mediated by Qatar, 36 on each side, "
        "and a week later the sides met again."
    )
    found = moved(text)
    assert ("RUS", "UKR", "wounded_prisoners", 36) in found
    assert ("UKR", "RUS", "wounded_prisoners", 36) in found
    assert not any(kind == "remains" for _, _, kind, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # a share of a count just given, not a swap's size of its own
        "On 12 November the agency said it had helped bring home 600 detainees - 300 on each side.",
        # a swap proposed, not done
        "On 12 November Kyiv proposed a new swap, 300 on each side.",
        "A plan for a swap of several hundred on each side is still only a plan.",
        # a side of a place
        "On 12 November Ukraine and Russia swapped prisoners, 300 on each side of the river.",
    ],
)
def test_a_share_of_a_count_a_plan_or_a_place_is_not_read(text: str) -> None:
    """Near misses: the phrase shares out no done swap's size."""
    assert moved(text) == set()
