"""Sizes shared out by "respectively" over days of one month: "on May 3, 8 and 21".

"Kyiv took back 310, 95 and 402 soldiers on March 4, 9 and 20 respectively": the
month is written once, the last day stands before "respectively", and each size is
the handover of its own day. Only a list of days as long as the list of sizes pairs
them; two days for three sizes (or four for three) pair none, and none is read
rather than guessed. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], Any]


def _dated(found: Any) -> set[tuple[str, str, str]]:
    return {(period, receiver, count) for period, _sender, receiver, _kind, count in found}


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.integers(min_value=40, max_value=1500), min_size=2, max_size=4, unique=True),
    st.sampled_from(["March", "August", "October"]),
    st.booleans(),
)
def test_news_sizes_pair_with_days_of_one_month(
    recap: Recap, sizes: list[int], month: str, comma: bool
) -> None:
    days = [3, 8, 17, 25][: len(sizes)]
    listed = ", ".join(f"{n:,}" for n in sizes[:-1]) + f" and {sizes[-1]:,}"
    dated = ", ".join(str(d) for d in days[:-1]) + f" and {days[-1]}"
    found = recap(
        f"Moscow handed Kyiv {listed} bodies on {month} {dated}{',' if comma else ''} respectively."
    )
    number = {"March": 3, "August": 8, "October": 10}[month]
    assert _dated(found) == {
        (f"2025-{number:02d}-{day:02d}", "UKR", f"{size:,}")
        for day, size in zip(days, sizes, strict=True)
    }


def test_news_two_sizes_over_two_days_the_month_once(recap: Recap) -> None:
    found = recap("Russia got back 64 and 88 bodies on September 2 and 19, respectively.")
    assert _dated(found) == {("2025-09-02", "RUS", "64"), ("2025-09-19", "RUS", "88")}


def test_news_repeated_size_still_pairs_by_place(recap: Recap) -> None:
    # the harder form: a size told twice, a longer noun group, the days three
    found = recap(
        "Ukraine said it received 700, 700 and 915 bodies of fallen defenders on"
        " April 7, 10 and 22 respectively, each after weeks of talks."
    )
    assert _dated(found) == {
        ("2025-04-07", "UKR", "700"),
        ("2025-04-10", "UKR", "700"),
        ("2025-04-22", "UKR", "915"),
    }


def test_news_two_days_for_three_sizes_pair_none(recap: Recap) -> None:
    # near miss: the lists differ in length, so no size has a day of its own
    assert recap("Kyiv took back 310, 95 and 402 soldiers on March 4 and 20 respectively.") == set()


def test_news_four_days_for_three_sizes_pair_none(recap: Recap) -> None:
    # near miss: one day too many; reading the first three in order would be a guess
    assert (
        recap("Kyiv took back 310, 95 and 402 soldiers on March 4, 9, 12 and 20 respectively.")
        == set()
    )


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(
        [
            ("April 28, May 6 and 14", "04-28", "05-06", "05-14"),
            ("28 April, 6 and 14 May", "04-28", "05-06", "05-14"),
            ("October 29, 30 and November 2", "10-29", "10-30", "11-02"),
            ("29 and 30 October and 2 November", "10-29", "10-30", "11-02"),
        ]
    ),
    st.booleans(),
)
def test_news_days_crossing_a_month_take_their_own_month(
    recap: Recap, dated: tuple[str, str, str, str], respectively: bool
) -> None:
    # a list of days that runs into the next month: each day has the month written
    # nearest to it, after it in day-first lists, before it in month-first ones
    days, *periods = dated
    found = recap(
        f"Moscow handed Kyiv 212, 57 and 430 bodies on {days}"
        f"{' respectively' if respectively else ''}."
    )
    assert _dated(found) == {
        (f"2025-{periods[0]}", "UKR", "212"),
        (f"2025-{periods[1]}", "UKR", "57"),
        (f"2025-{periods[2]}", "UKR", "430"),
    }


def test_news_one_later_day_after_a_new_month(recap: Recap) -> None:
    # near miss: two days of one month after another month's day keep that month
    found = recap("Kyiv took back 75 and 40 soldiers on 31 July and 2 August respectively.")
    assert _dated(found) == {("2025-07-31", "UKR", "75"), ("2025-08-02", "UKR", "40")}
