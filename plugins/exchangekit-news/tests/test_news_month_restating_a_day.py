"""A month's count told after a day's swap in the same sentence: a restatement or a later swap.

"Kyiv got back 80 soldiers and 12 civilians on 4 March, and 92 people in March": the
month's 92 is the day's people counted again, not a second March swap, so March holds
one exchange. Only a word that carries a list on ("followed by", "then", "more") makes
the month's count another swap. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


@settings(max_examples=10, deadline=None)
@given(
    soldiers=st.integers(min_value=20, max_value=300),
    civilians=st.integers(min_value=2, max_value=19),
)
def test_month_count_equal_to_the_day_legs_is_no_second_swap(
    recap: Callable[[str], Legs], soldiers: int, civilians: int
) -> None:
    """The month's count equals the day's legs that way: no record dated by the month alone."""
    text = (
        f"Moscow freed {soldiers} soldiers and {civilians} civilians to Kyiv on 4 March, "
        f"and {soldiers + civilians} people in March."
    )
    assert {period for period, *_ in recap(text)} == {"2025-03-04"}


def test_month_count_with_no_word_of_sequence_is_no_second_swap(
    recap: Callable[[str], Legs],
) -> None:
    """Harder: a different month count, but nothing says a later swap followed."""
    text = "Moscow freed 80 soldiers to Kyiv on 4 March, and 95 people over March as a whole."
    assert {period for period, *_ in recap(text)} == {"2025-03-04"}


def test_a_later_swap_told_by_its_month_is_its_own(recap: Callable[[str], Legs]) -> None:
    """Near miss: "followed by" goes on to another swap, dated by its month."""
    text = "Moscow freed 80 soldiers to Kyiv on 4 March, followed by 35 more in March."
    assert {(p, n) for p, _, _, _, n in recap(text)} == {("2025-03-04", "80"), ("2025-03", "35")}
