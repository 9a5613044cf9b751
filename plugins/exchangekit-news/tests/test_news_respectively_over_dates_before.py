"""A "respectively" list with no dates of its own, shared over the days the sentence before told.

"On 2 June, on 9 July and again on 4 August Ukraine got back 500 bodies each time.
Russia's share differed: the remains of 12, 17 and 20 of its men respectively": the
list is paired in order with the handovers the sentence before dated, one a day.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

_BEFORE = "On 2 June, on 9 July and on 4 August, Ukraine received 500 bodies each time. "


def test_news_respectively_remains_over_three_days_before(
    recap: Callable[[str], Any],
) -> None:
    found = recap(
        _BEFORE + "What Russia got back differed: the remains of 12, 17 and 20 of its"
        " soldiers respectively."
    )
    assert {leg for leg in found if leg[2] == "RUS"} == {
        ("2025-06-02", "UKR", "RUS", "remains", "12"),
        ("2025-07-09", "UKR", "RUS", "remains", "17"),
        ("2025-08-04", "UKR", "RUS", "remains", "20"),
    }


def test_news_respectively_received_over_days_before(recap: Callable[[str], Any]) -> None:
    found = recap(_BEFORE + "Russia received 12, 17 and 20 bodies respectively.")
    assert {leg for leg in found if leg[2] == "RUS"} == {
        ("2025-06-02", "UKR", "RUS", "remains", "12"),
        ("2025-07-09", "UKR", "RUS", "remains", "17"),
        ("2025-08-04", "UKR", "RUS", "remains", "20"),
    }


def test_news_respectively_over_two_days_before(recap: Callable[[str], Any]) -> None:
    found = recap(
        "On 2 June and again on 9 July, Ukraine received 500 bodies each time."
        " Russia got back the bodies of 12 and 17 of its men, respectively."
    )
    assert {leg for leg in found if leg[2] == "RUS"} == {
        ("2025-06-02", "UKR", "RUS", "remains", "12"),
        ("2025-07-09", "UKR", "RUS", "remains", "17"),
    }


def test_news_respectively_list_longer_than_days_before_is_not_shared(
    recap: Callable[[str], Any],
) -> None:
    """Four figures over three days told before: which goes with which is unsure."""
    found = recap(_BEFORE + "Russia received 12, 17, 9 and 20 bodies respectively.")
    assert not any(leg[0] in ("2025-07-09", "2025-08-04") and leg[2] == "RUS" for leg in found)


@settings(max_examples=10, deadline=None)
@given(st.lists(st.integers(min_value=2, max_value=90), min_size=3, max_size=3, unique=True))
def test_news_respectively_over_days_before_any_figures(
    recap: Callable[[str], Any], sizes: list[int]
) -> None:
    a, b, c = sizes
    found = recap(_BEFORE + f"Russia received {a:,}, {b:,} and {c:,} bodies respectively.")
    assert {(leg[0], leg[4]) for leg in found if leg[2] == "RUS"} == {
        ("2025-06-02", str(a)),
        ("2025-07-09", str(b)),
        ("2025-08-04", str(c)),
    }
