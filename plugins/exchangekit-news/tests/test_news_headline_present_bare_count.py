"""A bare count after a headline's present verb: "..., receives 20 in return".

Headlines and ledes tell a done handover in the present ("Russia hands over 500
bodies, receives 20 in return"). A count with no noun right after "receives",
"frees", "releases" or "returns" is that verb's object, as it is after "received"
or "gets": people of the kind just told, going the way the verb says. Only a count
standing alone is bare: "frees three Basilian nuns" may name its people in words the
lexicon lacks, and "receives 20 requests" counts things; neither moves anyone.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

Move = tuple[str, str, str, int]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow hands over 640 Ukrainian bodies, receives 31 in return.",
            {("RUS", "UKR", "remains", 640), ("UKR", "RUS", "remains", 31)},
        ),
        (
            "Kyiv frees 75 Russian soldiers, receives 75 in return.",
            {("UKR", "RUS", "prisoners_of_war", 75), ("RUS", "UKR", "prisoners_of_war", 75)},
        ),
        (
            "Ukraine receives 757 bodies, returns 34 to Russia.",
            {("RUS", "UKR", "remains", 757), ("UKR", "RUS", "remains", 34)},
        ),
    ],
)
def test_the_present_verbs_bare_count_is_its_object(text: str, expected: set[Move]) -> None:
    """The bare count goes the way its present verb says, of the kind told before."""
    assert moves(text) == expected


def test_things_counted_after_the_present_move_no_one() -> None:
    """Near miss: a plural noun of things after the count is what was received."""
    text = "Moscow hands over 640 Ukrainian bodies; Kyiv's office receives 20 requests a day."
    assert moves(text) == {("RUS", "UKR", "remains", 640)}


def test_words_after_the_count_may_be_its_unknown_noun() -> None:
    """Near miss: "frees three Basilian nuns" names its people in words the lexicon lacks."""
    assert moves("A church-brokered deal frees three Basilian nuns held by Russia.") == set()


@settings(max_examples=20, deadline=None)
@given(
    sent=st.integers(min_value=2, max_value=6000),
    back=st.integers(min_value=2, max_value=1500),
    side=st.sampled_from([("Russia", "RUS", "UKR"), ("Ukraine", "UKR", "RUS")]),
)
def test_the_count_received_in_return_goes_back(
    sent: int, back: int, side: tuple[str, str, str]
) -> None:
    """Whatever the counts, the present "receives N in return" is the way back."""
    name, giver, taker = side
    text = f"{name} hands over {sent:,} bodies, receives {back:,} in return."
    assert (taker, giver, "remains", back) in moves(text)
