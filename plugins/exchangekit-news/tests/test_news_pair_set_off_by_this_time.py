"""A bare "N for N" set off by ", this time" after a swap told done gives that swap's size.

"Another exchange followed in March, this time 100 for 100" says what "the exchange in
March was 100 for 100" does. A planned swap, a clause with no swap noun, or an uneven
"N for M" (which names no side to send either figure) gives no transfer.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]

_BOTH = {("RUS", "UKR", "prisoners_of_war"), ("UKR", "RUS", "prisoners_of_war")}


def _kinds(legs: set[tuple[str, str, str, str, str]], count: str) -> set[tuple[str, str, str]]:
    """(sender, receiver, kind) of every leg read with ``count``."""
    return {(leg[1], leg[2], leg[3]) for leg in legs if leg[4] == count}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Recap\n\nOn January 31, another exchange followed, this time 100 for 100.", "2025-01-31"),
        ("Recap\n\nIn March another swap took place, this time 100 for 100.", "2025-03"),
        (
            "Recap\n\nA second prisoner exchange came on 4 April, this time 100 for 100, after "
            "weeks of talks.",
            "2025-04-04",
        ),
    ],
)
def test_news_this_time_pair_sizes_the_swap_before_it(recap: Recap, text: str, period: str) -> None:
    legs = recap(text)
    assert _kinds(legs, "100") == _BOTH
    assert {leg[0] for leg in legs} == {period}


@pytest.mark.parametrize(
    "text",
    [
        "Recap\n\nOn 3 March another swap is planned, this time 100 for 100.",
        "Recap\n\nOn 3 March the talks resumed, this time 100 for 100.",
        "Recap\n\nOn January 31, another exchange followed, this time 207 for 195.",
    ],
)
def test_news_this_time_pair_of_a_plan_no_swap_or_uneven_is_not_read(
    recap: Recap, text: str
) -> None:
    assert recap(text) == set()


@settings(max_examples=20, deadline=None)
@given(n=st.integers(min_value=2, max_value=9000).filter(lambda n: not 1800 <= n <= 2100))
def test_news_any_this_time_pair_is_the_size_each_way(recap: Recap, n: int) -> None:
    text = f"Recap\n\nOn January 31, another exchange followed, this time {n:,} for {n:,}."
    assert _kinds(recap(text), f"{n:,}") == _BOTH
