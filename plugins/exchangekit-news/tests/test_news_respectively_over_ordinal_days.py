"""Figures shared out "respectively" over bare ordinal days of one month.

"August saw two swaps, of 60 and 75 respectively, on the 9th and the 21st": the one
month and the days listed in it pair with the figures in order, as they do without
the word. Only the figures written before "respectively" are the list: a count told
after it ("the same number" going back) is not one of its items.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


@pytest.mark.parametrize(
    "text",
    [
        "August saw two swaps, of 60 and 75 Ukrainians respectively, on the 9th and the 21st.",
        "August saw two swaps, of 60 and 75 Ukrainians, on the 9th and the 21st respectively.",
        "August saw two swaps, of 60 and 75 Ukrainians respectively, on the 9th and the "
        "21st, with Moscow getting back as many each time.",
    ],
)
def test_news_listed_figures_pair_with_listed_ordinal_days_in_order(
    recap: Callable[[str], Legs], text: str
) -> None:
    legs = {(period, count) for period, _, receiver, _, count in recap(text) if receiver == "UKR"}
    assert legs == {("2025-08-09", "60"), ("2025-08-21", "75")}


def test_news_a_list_with_no_days_keeps_the_month(recap: Callable[[str], Legs]) -> None:
    legs = recap("In August there were two swaps, of 60 and 75 Ukrainians respectively.")
    assert {(period, count) for period, *_, count in legs} == {
        ("2025-08", "60"),
        ("2025-08", "75"),
    }


def test_news_more_days_than_figures_pair_nothing(recap: Callable[[str], Legs]) -> None:
    text = (
        "August saw swaps of 60 and 75 Ukrainians respectively, on the 9th, the 14th and the 21st."
    )
    assert not any(period in ("2025-08-14", "2025-08-21") for period, *_ in recap(text))


@settings(max_examples=20, deadline=None)
@given(
    a=st.integers(min_value=2, max_value=900),
    b=st.integers(min_value=2, max_value=900),
    first=st.integers(min_value=1, max_value=14),
)
def test_news_each_figure_gets_its_own_day(
    recap: Callable[[str], Legs], a: int, b: int, first: int
) -> None:
    if a == b:
        return
    second = first + 10
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}
    text = (
        f"August saw two swaps, of {a:,} and {b:,} Ukrainians respectively, on the "
        f"{first}{suffix.get(first, 'th')} and the {second}{suffix.get(second, 'th')}."
    )
    legs = {(period, count) for period, _, receiver, _, count in recap(text) if receiver == "UKR"}
    assert legs == {(f"2025-08-{first:02d}", f"{a:,}"), (f"2025-08-{second:02d}", f"{b:,}")}
