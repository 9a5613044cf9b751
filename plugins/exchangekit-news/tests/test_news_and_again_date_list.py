"""A list of days after a figure closed by "and again" repeats the figure on each day.

"Ukraine took back 700 bodies on 4 May, on 8 June and again on 2 July": as with
"19 in July and again in August", "again" says the handover told happened anew, so
each listed day (the preposition said again after a comma) is one handover of that
size. A list opening the sentence with no "each time" stays unread: the figure may
be each day's or their sum.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


def test_news_days_after_figure_closed_by_and_again(recap: Callable[[str], Any]) -> None:
    found = recap("Ukraine took back 700 bodies on 4 May, on 8 June and again on 2 July.")
    assert found == {
        ("2025-05-04", "RUS", "UKR", "remains", "700"),
        ("2025-06-08", "RUS", "UKR", "remains", "700"),
        ("2025-07-02", "RUS", "UKR", "remains", "700"),
    }


def test_news_months_after_figure_closed_by_and_again(recap: Callable[[str], Any]) -> None:
    found = recap("Russia handed over 640 bodies in May, in June and again in August.")
    assert {(leg[0], leg[4]) for leg in found} == {
        ("2025-05", "640"),
        ("2025-06", "640"),
        ("2025-08", "640"),
    }


def test_news_days_after_figure_without_again_are_not_shared(
    recap: Callable[[str], Any],
) -> None:
    """A plain list of days after one figure may be a sum: no handover per day is read."""
    found = recap("Ukraine took back 700 bodies on 4 May, on 8 June and on 2 July.")
    assert not any(leg[0] == "2025-07-02" and leg[4] == "700" for leg in found)


def test_news_fronted_and_again_without_each_time_stays_unread(
    recap: Callable[[str], Any],
) -> None:
    found = recap("On 4 May, on 8 June and again on 2 July, Ukraine took back 700 bodies.")
    assert found == set()


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=2, max_value=1500))
def test_news_and_again_after_figure_any_figure(recap: Callable[[str], Any], n: int) -> None:
    found = recap(f"Ukraine took back {n:,} bodies on 4 May, on 8 June and again on 2 July.")
    assert {(leg[0], leg[4]) for leg in found} == {
        ("2025-05-04", f"{n:,}"),
        ("2025-06-08", f"{n:,}"),
        ("2025-07-02", f"{n:,}"),
    }
