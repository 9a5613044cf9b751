"""A swap told "with N on each side": the bare number is the swap's size per side.

"The exchanges resumed in May with 75 on each side" hangs the size on the swap named
in its clause, as "the swap was 75 on each side" does. The number names no people, so
it is of no one kind. A plan, a count of losses or a clause naming no swap reads nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


def _per_side(day: str, n: int) -> set[tuple[str, str, str, str, str]]:
    """Both legs of a swap of ``n`` a side, of no one kind, on ``day``."""
    count = str(Count.exact(n))
    return {(day, "RUS", "UKR", "other", count), (day, "UKR", "RUS", "other", count)}


@pytest.mark.parametrize(
    "text",
    [
        "The swaps stopped for a season and came back on 12 April with 60 on each side.",
        "The exchanges resumed on 12 April, with 60 in each direction.",
        "On 12 April Kyiv and Moscow swapped captives once more, with 60 on each side.",
    ],
)
def test_news_a_swap_with_a_size_on_each_side_is_read_per_side(recap: Recap, text: str) -> None:
    assert recap(text) == _per_side("2025-04-12", 60)


@pytest.mark.parametrize(
    "text",
    [
        # a plan
        "The sides said the swaps would resume on 12 April with 60 on each side.",
        # losses, not a swap
        "Fighting near the river on 12 April ended with 60 dead on each side.",
        # no swap in the clause
        "The talks on 12 April ended with 60 on each side.",
    ],
)
def test_news_a_size_on_each_side_without_a_swap_done_reads_nothing(
    recap: Recap, text: str
) -> None:
    assert recap(text) == set()


@given(n=st.integers(min_value=2, max_value=20_000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=20, deadline=None)
def test_news_a_swap_with_any_size_on_each_side_is_that_size(recap: Recap, n: int) -> None:
    text = f"The exchanges resumed on 12 April, with {n:,} on each side."
    assert recap(text) == _per_side("2025-04-12", n)
