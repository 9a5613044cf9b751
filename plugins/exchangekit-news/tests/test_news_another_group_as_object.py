"""A bare "another N" or "a further N" right after a verb of moving is that verb's object.

"On 4 November Ukraine received another 1,003": "another" marks a group more than one told
before, but the number still stands where the verb's object does, as "received 1,003"
would. A noun of things after it ("another 300 letters") counts no one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

OPENING = "In October 909 bodies were handed over to Ukraine. "


@pytest.mark.parametrize(
    ("later", "count"),
    [
        ("On 4 November Ukraine received another 1,003.", "1,003"),
        ("On 4 November Russia returned a further 812.", "812"),
        ("On 4 November Kyiv got back another 640, its officials said.", "640"),
    ],
)
def test_another_after_its_verb(recap: Recap, later: str, count: str) -> None:
    """The bare group goes the way its verb says, on its own day."""
    legs = recap(OPENING + later)
    got = {(p, s, r, k) for p, s, r, k, c in legs if c == count}
    assert got == {("2025-11-04", "RUS", "UKR", "remains")}


@given(
    n=st.integers(min_value=2, max_value=2000).filter(lambda n: not 1800 <= n <= 2100),
    word=st.sampled_from(["another", "a further"]),
)
@settings(max_examples=10, deadline=None)
def test_any_count(recap: Recap, n: int, word: str) -> None:
    """Whatever the count, "received <word> N" reads N to the receiver."""
    legs = recap(f"{OPENING}On 4 November Ukraine received {word} {n:,}.")
    assert {(s, r) for _, s, r, _, c in legs if c == f"{n:,}"} == {("RUS", "UKR")}


def test_things_after_the_number_count_no_one(recap: Recap) -> None:
    """ "another 300 letters" counts letters: no handover of 300."""
    legs = recap(OPENING + "On 4 November the ombudsman received another 300 letters.")
    assert not {c for *_, c in legs if c == "300"}
