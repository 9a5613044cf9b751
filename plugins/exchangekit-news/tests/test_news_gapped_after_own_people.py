"""A gapped second clause after a first that counts "N of its troops".

"Ukraine got back 140 of its troops, and Russia 82": the second clause keeps only its
subject and number; its verb and noun are the first clause's, whether that clause
counted "140 troops" or "140 of its troops", with or without a comma before "and".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_OTHER = {"Ukraine": ("UKR", "RUS"), "Russia": ("RUS", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "On March 4, Ukraine got back 133 of its troops, and Russia 71.",
        "On March 4, Ukraine received 133 of its soldiers, and Russia 71, in a swap.",
        "On March 4, Ukraine took back 133 of their servicemen and Russia 71.",
    ],
)
def test_gapped_side_after_own_people(recap: Recap, text: str) -> None:
    legs = {(leg[1], leg[2], leg[4]) for leg in recap(text)}
    assert legs == {("RUS", "UKR", "133"), ("UKR", "RUS", "71")}


@given(
    first=st.integers(min_value=2, max_value=1500),
    second=st.integers(min_value=2, max_value=1500),
    side=st.sampled_from(sorted(_OTHER)),
)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_gapped_count_goes_to_the_named_side(
    recap: Recap, first: int, second: int, side: str
) -> None:
    if first == second or any(1800 <= n <= 2100 for n in (first, second)):
        return  # equal figures read as a pair; bare numbers 1800-2100 read as years
    own, other = _OTHER[side]
    other_name = "Russia" if side == "Ukraine" else "Ukraine"
    text = (
        f"In the last swap, {side} got back {first:,} of its troops, and {other_name} {second:,}."
    )
    assert {(leg[1], leg[2], leg[4]) for leg in recap(text)} == {
        (other, own, f"{first:,}"),
        (own, other, f"{second:,}"),
    }


def test_number_after_side_of_no_people_stays_unread(recap: Recap) -> None:
    """Near miss: "of its" before a thing, not people, gives the number after no kind."""
    text = "On March 4, Ukraine got back 40 of its tanks, and Russia 12."
    assert recap(text) == set()
