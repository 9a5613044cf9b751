"""A bare list freed "by each side" and closed by "respectively" sizes one swap a listed date.

"Swaps resumed on 25 June and 24 August, with 90 and 115 freed by each side
respectively": the numbers are the people the participle frees, each side's, and
"respectively" after the per-side phrase pairs them with the dates in order, both
ways. Without "respectively", or with a verb that frees no one ("returned by each
side"), which number went with which date is not said: nothing is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


def _sizes(found: set[tuple[str, str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    """(period, sender, receiver, count) of every transfer read."""
    return {(leg[0], leg[1], leg[2], leg[4]) for leg in found}


def _both_ways(day: str, n: str) -> set[tuple[str, str, str, str]]:
    return {(day, "RUS", "UKR", n), (day, "UKR", "RUS", n)}


def test_news_with_list_freed_by_each_side_respectively(recap: Callable[[str], Any]) -> None:
    found = recap(
        "Prisoner swaps resumed on 25 June and 24 August, with 70 and 130 freed by each"
        " side respectively."
    )
    assert _sizes(found) == _both_ways("2025-06-25", "70") | _both_ways("2025-08-24", "130")


def test_news_passive_list_released_on_each_side_respectively(
    recap: Callable[[str], Any],
) -> None:
    found = recap("On 2 March and 9 April, 48 and 66 were released on each side, respectively.")
    assert _sizes(found) == _both_ways("2025-03-02", "48") | _both_ways("2025-04-09", "66")


def test_news_three_freed_from_each_side_respectively(recap: Callable[[str], Any]) -> None:
    found = recap(
        "On 3 May, 9 June and 4 July, 40, 55 and 61 were freed from each side respectively."
    )
    assert _sizes(found) == (
        _both_ways("2025-05-03", "40")
        | _both_ways("2025-06-09", "55")
        | _both_ways("2025-07-04", "61")
    )


def test_news_freed_by_each_side_without_respectively_is_not_shared(
    recap: Callable[[str], Any],
) -> None:
    found = recap("On 2 March and 9 April, 48 and 66 were freed by each side.")
    assert not any(leg[4] == "48" for leg in found)


def test_news_returned_by_each_side_respectively_is_not_read(recap: Callable[[str], Any]) -> None:
    """ "returned" frees no captives of its own: the bare list's people are not known."""
    found = recap("On 2 March and 9 April, 48 and 66 were returned by each side respectively.")
    assert not any(leg[4] == "48" for leg in found)


@settings(max_examples=10, deadline=None)
@given(
    st.lists(
        st.integers(min_value=2, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
        min_size=2,
        max_size=2,
        unique=True,
    )
)
def test_news_freed_by_each_side_respectively_any_sizes(
    recap: Callable[[str], Any], sizes: list[int]
) -> None:
    a, b = sizes
    found = recap(
        f"Prisoner swaps resumed on 25 June and 24 August, with {a:,} and {b:,} freed by"
        " each side respectively."
    )
    assert _sizes(found) == _both_ways("2025-06-25", f"{a:,}") | _both_ways("2025-08-24", f"{b:,}")
