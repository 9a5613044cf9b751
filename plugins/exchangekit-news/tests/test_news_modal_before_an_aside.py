"""A modal parted from its verb by an aside still makes the handover unreal.

"The swap would, officials said, have brought home 140 soldiers" tells of a swap
that did not happen: the aside between "would" and "have brought" leaves the modal
in the verb group. An aside with no modal before it ("The swap, officials said, has
brought home 140") is a done handover.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=400),
    modal=st.sampled_from(["would", "could", "might"]),
    aside=st.sampled_from(
        ["officials said", "according to two people close to the talks", "we were told"]
    ),
)
def test_the_aside_leaves_the_modal_in_the_group(n: int, modal: str, aside: str) -> None:
    """Whatever the count, modal and aside, the might-have-been moves no one."""
    text = f"The cancelled swap {modal}, {aside}, have brought home {n} Ukrainian soldiers."
    assert moves(text) == set()


def test_an_aside_with_no_modal_is_done() -> None:
    """Near miss: with no modal before the aside the homecoming happened."""
    text = "On March 9 the swap, officials in Kyiv said, brought home 140 Ukrainian soldiers."
    assert ("RUS", "UKR", "prisoners_of_war", 140) in moves(text)
