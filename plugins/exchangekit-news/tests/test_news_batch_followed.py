"""A ranked batch that "followed" on a day of its own carries on the latest handover's way.

"Ukraine took back 1,212 bodies on Wednesday ... A second batch - 1,200 bodies - followed
on Friday": the batch names no side and has no verb of handing over; it is more of the
handover just told, in the way whose size is like its own, at its own day. When both ways
are of a like size, which way is not said and nothing is read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


def test_second_batch_goes_the_lead_way(recap: Recap) -> None:
    """The batch goes the way of the big leg, not of the few sent back."""
    legs = recap(
        "On Wednesday Ukraine took back 1,212 bodies. Russia received 27 of its own dead. "
        "A second batch - 1,200 bodies, according to the Russian side - followed on Friday."
    )
    assert {(s, r, k) for _, s, r, k, c in legs if c == "1,200"} == {("RUS", "UKR", "remains")}


@given(
    first=st.integers(min_value=200, max_value=2000),
    back=st.integers(min_value=2, max_value=60),
    rank=st.sampled_from(["second", "third", "further"]),
    noun=st.sampled_from(["batch", "group", "handover"]),
    side=st.sampled_from([("Ukraine", "RUS", "UKR"), ("Russia", "UKR", "RUS")]),
)
@settings(max_examples=25, deadline=None)
def test_batch_any_wording(
    recap: Recap, first: int, back: int, rank: str, noun: str, side: tuple[str, str, str]
) -> None:
    """Whatever the sizes, rank and side, the batch goes the way of the like-sized leg."""
    name, sender, receiver = side
    other = "Russia" if name == "Ukraine" else "Ukraine"
    later = first - 1
    text = (
        f"On Wednesday {name} took back {first:,} bodies. "
        f"{other} received {back} of its own dead. "
        f"A {rank} {noun} of {later:,} bodies followed on Friday."
    )
    legs = recap(text)
    got = {(s, r) for _, s, r, _, c in legs if c == f"{later:,}"}
    assert got == {(sender, receiver)}


@pytest.mark.parametrize(
    "text",
    [
        # both ways of a like size: which way is not said
        "On Wednesday 60 were swapped each way. A second group of 50 prisoners followed on Friday.",
        "On Wednesday Ukraine received 300 prisoners and Russia 280. "
        "A second group of 250 prisoners followed on Friday.",
        # "followed by": the batch is not the subject of its own handover
        "On Wednesday Ukraine took back 900 bodies. A second batch of 880 bodies followed by "
        "talks on Friday.",
    ],
)
def test_batch_of_unsaid_way_is_unread(recap: Recap, text: str) -> None:
    """A batch whose way is not clear stays unread."""
    legs = recap(text)
    assert not any(c in ("50", "250", "880") for *_, c in legs)
