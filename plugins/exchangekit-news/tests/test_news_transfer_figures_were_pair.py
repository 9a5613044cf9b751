"""An exchange's two figures told as a bare pair take the directions of the pair before.

"... in May, when Kyiv recovered 900 bodies and Moscow 40, and in April, when the
figures were 850 and 35": the second exchange's figures come in the same order as the
first's, so 850 went to Ukraine and 35 to Russia in April. With
no pair told before, no date of their own, or a unit after them, none is read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


@settings(max_examples=30, deadline=None)
@given(
    big=st.integers(min_value=300, max_value=1500),
    small=st.integers(min_value=5, max_value=90),
    subject=st.sampled_from(["figures", "numbers"]),
    joint=st.sampled_from([". On", "; on", ", and on"]),
    reverse=st.booleans(),
)
def test_the_bare_pair_follows_the_order_of_the_pair_before(
    recap: Callable[[str], Legs],
    big: int,
    small: int,
    subject: str,
    joint: str,
    reverse: bool,
) -> None:
    """Whichever side the earlier pair names first, the bare pair's first figure goes its way."""
    if reverse:
        told = "On Oct. 23 Russia got back 31 bodies and Ukraine 1,000"
        pair = f"{small} and {big:,}"
    else:
        told = "On Oct. 23 Ukraine took back 1,000 bodies and Russia 31"
        pair = f"{big:,} and {small}"
    text = f"{told}{joint} Sept. 18 the {subject} were {pair}.\n"
    legs = recap(text)
    assert ("2025-09-18", "RUS", "UKR", "remains", f"{big:,}") in legs
    assert ("2025-09-18", "UKR", "RUS", "remains", str(small)) in legs


@pytest.mark.parametrize(
    "text",
    [
        # no pair told before: which way each went is unknown
        "On Oct. 23 Ukraine took back 1,000 bodies. On Sept. 18 the figures were 900 and 20.\n",
        # a unit after the second number: no pair of people
        "On Oct. 23 Ukraine took back 1,000 bodies and Russia 31. On Sept. 18 the figures "
        "were 900 and 20 hours.\n",
    ],
)
def test_no_pair_is_read_without_its_directions(recap: Callable[[str], Legs], text: str) -> None:
    """Near misses: only the Oct. 23 figures are read."""
    assert {leg[0] for leg in recap(text)} == {"2025-10-23"}


def test_the_same_exchange_told_again_is_no_new_one(recap: Callable[[str], Legs]) -> None:
    """Near miss: "The figures were 1,000 and 31" without a date of its own adds nothing."""
    text = (
        "On Oct. 23 Ukraine took back 1,000 bodies and Russia 31. "
        "The figures were 1,000 and 31, officials said.\n"
    )
    assert recap(text) == {
        ("2025-10-23", "RUS", "UKR", "remains", "1,000"),
        ("2025-10-23", "UKR", "RUS", "remains", "31"),
    }


@settings(max_examples=30, deadline=None)
@given(
    big=st.integers(min_value=300, max_value=1500),
    small=st.integers(min_value=5, max_value=90),
    reverse=st.booleans(),
)
def test_a_pair_whose_sizes_come_the_other_way_is_not_read(
    recap: Callable[[str], Legs], big: int, small: int, reverse: bool
) -> None:
    """Big and small in the other order from the pair before: by order alone the small
    figure would go the big one's way, so neither is read for the second day."""
    if reverse:
        told = "Moscow received 40 bodies on 2 March and Kyiv got back 800"
        pair = f"{big:,} and {small}"
    else:
        told = "Kyiv received 800 bodies on 2 March and handed over 40"
        pair = f"{small} and {big:,}"
    legs = recap(f"{told}. On 9 February, the numbers were {pair}.\n")
    assert not any(leg[0] == "2025-02-09" for leg in legs)
