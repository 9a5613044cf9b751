"""A running total that "crossed" a round number is more than it, as "passed" is.

"The count of soldiers brought home since 2022 crossed 5,000 on Sunday" gives a line
gone past, not the count: the tally is "more than 5,000", dated by the day it was
crossed. People who "crossed to" a side are still moved, never a milestone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text",
    [
        "The count of Ukrainian soldiers brought home from Russian captivity since 2022 "
        "crossed 5,000 on Sunday, the ombudsman's office said.",
        "With Sunday's swap, the number of Ukrainian soldiers freed since the war began "
        "crossed 5,000, Kyiv said.",
        "Kyiv said on Sunday that the total of Ukrainian soldiers returned from Russian "
        "captivity since the war began had crossed 5,000.",
    ],
)
def test_news_a_crossed_total_is_more_than_its_line(
    receipts: Callable[..., Any], text: str
) -> None:
    moved, tallied = receipts(text)
    assert any(count == "more than 5,000" for _, _, count in tallied)
    assert not any(count == "5,000" for _, _, count in moved | tallied)


@given(n=st.integers(min_value=2, max_value=9).map(lambda k: k * 1_000))
def test_news_a_crossed_line_is_never_the_exact_count(receipts: Callable[..., Any], n: int) -> None:
    figure = f"{n:,}"
    _, tallied = receipts(
        f"The count of Ukrainian soldiers brought home from Russian captivity since 2022 "
        f"crossed {figure} on Sunday, the ombudsman's office said."
    )
    assert ("UKR", "prisoners_of_war", figure) not in tallied


def test_news_bodies_that_crossed_to_a_side_were_moved(receipts: Callable[..., Any]) -> None:
    moved, _ = receipts("On Sunday the bodies of 640 soldiers crossed to Ukraine from Russia.")
    assert ("UKR", "remains", "640") in moved
