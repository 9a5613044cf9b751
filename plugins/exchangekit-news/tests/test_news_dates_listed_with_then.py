"""Dates listed with "and then on" before a list of sizes: one size to each date.

A recap may front its dates and go on the list with "and then": "On May 2, and then on
June 9 and July 30, the sides swapped 40, 55 and 61 prisoners each". The dates are one
list, as "On May 2, June 9 and July 30" is, and the sizes go to them in order. A clause
that has begun before "and then on <date>" opens a clause of its own, with its own
figure.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


def _both_ways(day: str, n: int) -> set[tuple[str, str, str, str, str]]:
    """Both legs of a swap of ``n`` prisoners a side on ``day``."""
    count = str(Count.exact(n))
    return {
        (day, "RUS", "UKR", "prisoners_of_war", count),
        (day, "UKR", "RUS", "prisoners_of_war", count),
    }


@pytest.mark.parametrize(
    "text",
    [
        "On May 2 and then on June 9 Kyiv and Moscow swapped 40 and 55 prisoners each.",
        "On May 2, and then on June 9, Kyiv and Moscow swapped 40 and 55 prisoners each.",
        "On 2 May, and then on 9 June, the sides exchanged 40 and 55 prisoners each.",
    ],
)
def test_news_two_dates_listed_with_then_each_take_their_size(recap: Recap, text: str) -> None:
    assert recap(text) == _both_ways("2025-05-02", 40) | _both_ways("2025-06-09", 55)


def test_news_three_dates_listed_with_then_each_take_their_size(recap: Recap) -> None:
    text = (
        "On May 2, and then on June 9 and July 30, Kyiv and Moscow swapped 40, 55 and 61 "
        "prisoners each."
    )
    assert recap(text) == (
        _both_ways("2025-05-02", 40) | _both_ways("2025-06-09", 55) | _both_ways("2025-07-30", 61)
    )


def test_news_then_after_a_begun_clause_opens_a_clause_of_its_own(recap: Recap) -> None:
    text = "Russia freed 50 soldiers on May 2, and then on June 9 it freed 60 more."
    assert recap(text) == {
        ("2025-05-02", "RUS", "UKR", "prisoners_of_war", "50"),
        ("2025-06-09", "RUS", "UKR", "prisoners_of_war", "60"),
    }


_SIZES = st.integers(min_value=2, max_value=20_000).filter(lambda n: not 1800 <= n <= 2100)


@given(sizes=st.lists(_SIZES, min_size=2, max_size=2, unique=True))
@settings(max_examples=20, deadline=None)
def test_news_sizes_after_dates_listed_with_then_go_in_order(
    recap: Recap, sizes: list[int]
) -> None:
    first, second = sizes
    text = f"On May 2 and then on June 9 the sides swapped {first:,} and {second:,} prisoners each."
    assert recap(text) == _both_ways("2025-05-02", first) | _both_ways("2025-06-09", second)
