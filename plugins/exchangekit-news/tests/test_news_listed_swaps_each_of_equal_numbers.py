"""Listed swaps told "each involving equal numbers" go both ways at each listed size.

"Swaps on 3 March and 9 April, each with equal numbers on both sides, brought home 40 and
65 Ukrainians respectively": the aside says every swap listed moved as many people one way
as the other, so each size the sentence reads one way is that swap's other way too, on its
own date. Without the aside, or with legs already read both ways, nothing is added. Every
passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], Any]


def _ways(found: set[tuple[str, str, str, str, str]]) -> set[tuple[str, str, str]]:
    return {(period, receiver, count) for period, _s, receiver, _k, count in found}


def test_news_each_with_equal_numbers_on_both_sides(recap: Recap) -> None:
    found = recap(
        "Swaps on 3 March and 9 April, each with equal numbers on both sides, brought home"
        " 40 and 65 Ukrainians respectively."
    )
    assert _ways(found) == {
        ("2025-03-03", "UKR", "40"),
        ("2025-03-03", "RUS", "40"),
        ("2025-04-09", "UKR", "65"),
        ("2025-04-09", "RUS", "65"),
    }


def test_news_each_involving_equal_numbers(recap: Recap) -> None:
    found = recap(
        "Two exchanges, on 12 May and 30 June, each involving equal numbers, freed 58 and"
        " 112 Ukrainian soldiers respectively."
    )
    assert _ways(found) == {
        ("2025-05-12", "UKR", "58"),
        ("2025-05-12", "RUS", "58"),
        ("2025-06-30", "UKR", "112"),
        ("2025-06-30", "RUS", "112"),
    }


def test_news_each_of_the_same_number_each_way(recap: Recap) -> None:
    found = recap(
        "Handovers on 2 August and 14 September, each of the same number each way, returned"
        " 33 and 47 Russian servicemen respectively."
    )
    assert _ways(found) == {
        ("2025-08-02", "RUS", "33"),
        ("2025-08-02", "UKR", "33"),
        ("2025-09-14", "RUS", "47"),
        ("2025-09-14", "UKR", "47"),
    }


def test_news_no_aside_keeps_one_way(recap: Recap) -> None:
    # near miss: nothing says the other way moved as many
    found = recap("Swaps on 3 March and 9 April brought home 40 and 65 Ukrainians respectively.")
    assert {receiver for _p, receiver, _c in _ways(found)} == {"UKR"}


def test_news_equal_numbers_wanted_adds_nothing(recap: Recap) -> None:
    # near miss: a wish for equal numbers, not a swap told as equal
    found = recap(
        "Moscow wants future swaps to involve equal numbers; on 3 March Kyiv got back 40"
        " Ukrainians."
    )
    assert {receiver for _p, receiver, _c in _ways(found)} == {"UKR"}


@settings(max_examples=10, deadline=None)
@given(st.lists(st.integers(min_value=2, max_value=3_000), min_size=2, max_size=2))
def test_news_equal_swaps_mirror_any_sizes(recap: Recap, sizes: list[int]) -> None:
    a, b = sizes
    found = recap(
        f"Swaps on 3 March and 9 April, each with equal numbers on both sides, brought home"
        f" {a:,} and {b:,} Ukrainians respectively."
    )
    assert _ways(found) == {
        ("2025-03-03", "UKR", f"{a:,}"),
        ("2025-03-03", "RUS", f"{a:,}"),
        ("2025-04-09", "UKR", f"{b:,}"),
        ("2025-04-09", "RUS", f"{b:,}"),
    }


def test_news_each_with_the_same_number_of_a_kind_adds_nothing(recap: Recap) -> None:
    # near miss: "the same number of wounded" compares the swaps, not their two ways
    found = recap(
        "Swaps on 3 March and 9 April, each with the same number of wounded, brought home"
        " 40 and 65 Ukrainians respectively."
    )
    assert {receiver for _p, receiver, _c in _ways(found)} == {"UKR"}
