"""Days listed before a list of sizes of another length pair no size with any day.

"On May 2, June 9 and July 30, the sides swapped 64 and 88 prisoners each": three
days and two sizes, and nothing says which size went on which day, so no size is
put on any of them (a miss, not a wrong figure). As many days as sizes are paired
in order, as before. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], Any]


def test_news_three_days_two_sizes_read_none(recap: Recap) -> None:
    found = recap("On May 2, June 9 and July 30, the two sides exchanged 64 and 88 prisoners each.")
    assert found == set()


def test_news_two_days_three_sizes_read_none(recap: Recap) -> None:
    found = recap("On March 3 and April 9, Russia and Ukraine swapped 40, 52 and 77 soldiers each.")
    assert {count for *_, count in found} & {"40", "52", "77"} == set()


def test_news_months_before_sizes_read_none(recap: Recap) -> None:
    # the same construction with months and bodies, one way only
    found = recap("In February, March and June, Russia handed Ukraine 500 and 757 bodies.")
    assert {count for *_, count in found} & {"500", "757"} == set()


def test_news_as_many_days_as_sizes_still_paired(recap: Recap) -> None:
    # near miss: a day for each size, paired in order
    found = recap(
        "On May 2, June 9 and July 30, the two sides exchanged 64, 88 and 103 prisoners each."
    )
    assert {(period, count) for period, *_, count in found} == {
        ("2025-05-02", "64"),
        ("2025-06-09", "88"),
        ("2025-07-30", "103"),
    }


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.integers(min_value=20, max_value=1500), min_size=2, max_size=4, unique=True),
    st.integers(min_value=2, max_value=4),
)
def test_news_no_day_takes_an_unpaired_size(recap: Recap, sizes: list[int], n_days: int) -> None:
    days = ["April 4", "May 19", "August 1", "October 7"][:n_days]
    told = ", ".join(days[:-1]) + f" and {days[-1]}"
    listed = ", ".join(f"{n:,}" for n in sizes[:-1]) + f" and {sizes[-1]:,}"
    found = recap(f"On {told}, Ukraine and Russia swapped {listed} prisoners each.")
    counts = {count for *_, count in found}
    if n_days == len(sizes):
        assert counts == {f"{n:,}" for n in sizes}
    else:
        assert counts == set()
