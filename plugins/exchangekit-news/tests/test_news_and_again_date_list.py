"""A list of days closed by "and again" repeats the one figure on each day.

"On 4 May, on 8 June and again on 2 July, Ukraine took back 700 bodies": "again"
says the handover told happened anew on the last day, as on the ones before, so
each listed day is one handover of that size, whether the list opens the sentence
or follows the figure. Without "again" (or "each time"), the figure may be a sum.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


def test_news_fronted_days_and_again(recap: Callable[[str], Any]) -> None:
    found = recap("On 4 May, on 8 June and again on 2 July, Ukraine took back 700 bodies.")
    assert found == {
        ("2025-05-04", "RUS", "UKR", "remains", "700"),
        ("2025-06-08", "RUS", "UKR", "remains", "700"),
        ("2025-07-02", "RUS", "UKR", "remains", "700"),
    }


def test_news_fronted_two_days_again_with_aside(recap: Callable[[str], Any]) -> None:
    found = recap(
        "On 4 May and again on 8 June - both Sundays - Russia handed Ukraine the bodies"
        " of 640 people."
    )
    assert found == {
        ("2025-05-04", "RUS", "UKR", "remains", "640"),
        ("2025-06-08", "RUS", "UKR", "remains", "640"),
    }


def test_news_days_after_figure_closed_by_and_again(recap: Callable[[str], Any]) -> None:
    found = recap("Ukraine took back 700 bodies on 4 May, on 8 June and again on 2 July.")
    assert found == {
        ("2025-05-04", "RUS", "UKR", "remains", "700"),
        ("2025-06-08", "RUS", "UKR", "remains", "700"),
        ("2025-07-02", "RUS", "UKR", "remains", "700"),
    }


def test_news_fronted_days_without_again_stay_unread(recap: Callable[[str], Any]) -> None:
    """A plain list of days over one figure may be a sum: no handover per day is read."""
    found = recap("On 4 May and 8 June, Ukraine took back 700 bodies.")
    assert not any(leg[4] == "700" and leg[0] == "2025-06-08" for leg in found)


def test_news_fronted_again_with_two_figures_is_not_repeated(
    recap: Callable[[str], Any],
) -> None:
    """Two figures after the list: which one is repeated is not this rule's to say."""
    found = recap(
        "On 4 May, on 8 June and again on 2 July, Ukraine took back 700 bodies and 12 civilians."
    )
    assert not any(leg[0] == "2025-07-02" and leg[4] == "700" for leg in found)


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=2, max_value=1500))
def test_news_fronted_again_any_figure(recap: Callable[[str], Any], n: int) -> None:
    found = recap(f"On 4 May and again on 8 June, Ukraine took back {n:,} bodies.")
    assert {(leg[0], leg[4]) for leg in found} == {
        ("2025-05-04", f"{n:,}"),
        ("2025-06-08", f"{n:,}"),
    }
