"""A swap "with N on both sides": the number is what each side sent, not the two summed.

After a swap's noun or verb, "with 60 on both sides" sizes the swap per side as
"with 60 on each side" does. A count with its own people ("handed over 2,000
captives from both sides") still sums the two ways, and a plan stays out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Legs = set[tuple[str, str, str, str, str]]


@pytest.mark.parametrize(
    "text",
    [
        "The exchanges started again on 3 May with 60 on both sides.",
        "A swap took place on 12 August, with 75 on both sides, officials said.",
        "Russia and Ukraine swapped prisoners on Friday 14 November, with 130 on both sides.",
    ],
)
def test_news_a_swap_with_a_bare_number_on_both_sides_is_that_many_each_way(
    recap: Callable[[str], Legs], text: str
) -> None:
    legs = recap(text)
    counts = {(sender, receiver, count) for _, sender, receiver, _, count in legs}
    assert len(legs) == 2
    assert {(s, r) for s, r, _ in counts} == {("RUS", "UKR"), ("UKR", "RUS")}
    assert len({c for _, _, c in counts}) == 1


def test_news_a_plan_with_a_number_on_both_sides_is_no_swap(
    recap: Callable[[str], Legs],
) -> None:
    assert recap("The exchanges would resume in May with 60 on both sides.") == set()


def test_news_losses_on_both_sides_are_no_swap(recap: Callable[[str], Legs]) -> None:
    assert recap("The shelling went on all day on 3 May, with 60 dead on both sides.") == set()


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=2, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_the_per_side_count_is_the_number_told(recap: Callable[[str], Legs], n: int) -> None:
    legs = recap(f"The exchanges started again on 3 May with {n:,} on both sides.")
    assert {count for *_, count in legs} == {str(Count.exact(n))}
    assert date(2025, 5, 3).isoformat() in {period for period, *_ in legs}
