"""A bare count sent "the other way" after a relative clause on the people before it.

"Ukraine took back 909 bodies that Moscow says are its soldiers, against 43 sent the
other way": the "says" belongs to the relative clause about the bodies, not to the
43, so the 43 still reverses the handover just told. The bare count is a figure of
people by its verb and "the other way" alone, however far the noun before it stands.
Told after "but" in another teller's words, or after a window ("over the past week")
that makes the figure before a sum, the count is not read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_RELATIVES = [
    "that Moscow says are Ukrainian soldiers",
    "that Russia said were its troops",
    "which Moscow described as Ukrainian servicemen",
    "that the Russian side says belong to Ukrainian troops",
]
_WAYS = [
    "against {m} sent the other way",
    "with {m} going the other way",
    "while {m} went in the opposite direction",
    "against {m} handed over the other way",
]


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=300, max_value=1_800),
    m=st.integers(min_value=3, max_value=90),
    relative=st.sampled_from(_RELATIVES),
    way=st.sampled_from(_WAYS),
    side=st.sampled_from([("Ukraine", "RUS", "UKR"), ("Kyiv", "RUS", "UKR")]),
)
def test_news_other_way_reverses_the_leg_past_a_relative(
    recap: Recap, n: int, m: int, relative: str, way: str, side: tuple[str, str, str]
) -> None:
    name, sender, receiver = side
    text = f"On Tuesday {name} took back {n:,} bodies {relative}, {way.format(m=m)}."
    got = {(s, r, k, c) for _, s, r, k, c in recap(text)}
    assert got == {(sender, receiver, "remains", f"{n:,}"), (receiver, sender, "remains", str(m))}


@pytest.mark.parametrize(
    "text",
    [
        # another teller's words past "but": not the reverse of the handover told
        "On Tuesday Ukraine took back 909 bodies that Russia said were its troops, but Kyiv"
        " says 43 were sent the other way.",
        # a week's sum before: the count going the other way is no one handover's
        "On Tuesday the headquarters said 909 bodies had come back over the past week,"
        " against 43 sent the other way.",
        "On Tuesday the headquarters said the bodies of 909 soldiers had been returned over"
        " the previous week, with 43 going the other way.",
    ],
)
def test_news_other_way_told_apart_is_not_read(recap: Recap, text: str) -> None:
    assert not any(c == "43" for *_, c in recap(text))
