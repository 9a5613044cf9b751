"""A list of sizes pairs with the dates listed even when another figure is told "each time".

"In April, May and June Kyiv took back 800 bodies each time, returning 14, 22 and 9 bodies
of Russian soldiers": the figure told of every date is no item of the list, so the three
sizes pair with the three months in order, as they would alone. A list of another length
still pairs nothing. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], Any]

_MONTHS = ("2025-04", "2025-05", "2025-06")


def _to_russia(found: set[tuple[str, str, str, str, str]]) -> set[tuple[str, str]]:
    return {(period, count) for period, _s, receiver, _k, count in found if receiver == "RUS"}


def test_news_sizes_after_each_time_pair_with_months(recap: Recap) -> None:
    found = recap(
        "In April, May and June Kyiv took back 800 bodies each time, returning 14, 22 and 9"
        " bodies of Russian soldiers."
    )
    assert _to_russia(found) == set(zip(_MONTHS, ("14", "22", "9"), strict=True))
    assert {(p, c) for p, _s, r, _k, c in found if r == "UKR"} == {(m, "800") for m in _MONTHS}


def test_news_sizes_after_each_time_handing_over(recap: Recap) -> None:
    found = recap(
        "In April, May and June Ukraine received 800 bodies each time, handing over in"
        " return 14, 14 and 30 bodies of Russian soldiers."
    )
    assert _to_russia(found) == set(zip(_MONTHS, ("14", "14", "30"), strict=True))


def test_news_sizes_after_every_time_with_days(recap: Recap) -> None:
    found = recap(
        "On 3 April and 8 May Kyiv got back 600 bodies every time, returning 11 and 25"
        " bodies of Russian soldiers."
    )
    assert _to_russia(found) == {("2025-04-03", "11"), ("2025-05-08", "25")}


def test_news_sizes_of_another_length_pair_nothing(recap: Recap) -> None:
    # near miss: two sizes over three months, which goes with which is unsure
    found = recap(
        "In April, May and June Kyiv took back 800 bodies each time, returning 14 and 22"
        " bodies of Russian soldiers."
    )
    assert not any(count in ("14", "22") and p in _MONTHS[1:] for p, count in _to_russia(found))


@settings(max_examples=10, deadline=None)
@given(st.lists(st.integers(min_value=2, max_value=700), min_size=3, max_size=3))
def test_news_sizes_beside_each_time_any_sizes(recap: Recap, sizes: list[int]) -> None:
    a, b, c = sizes
    found = recap(
        f"In April, May and June Kyiv took back 800 bodies each time, returning {a:,}, {b:,}"
        f" and {c:,} bodies of Russian soldiers."
    )
    assert _to_russia(found) == set(zip(_MONTHS, (f"{a:,}", f"{b:,}", f"{c:,}"), strict=True))
