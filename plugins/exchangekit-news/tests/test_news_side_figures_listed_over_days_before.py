"""One side's sizes listed as "the figures were N, M and P" over the days told just before.

"On 2 June, 9 July and 4 August Ukraine got back 500 bodies each time. For Russia, the
numbers were 12, 17 and 20": the list, opened by the side it is about, sizes in order
what that side received at each handover the sentence before dated, one a day. A vaguer
count told before for the same handovers ("a few dozen Russian bodies went back") gives
way to the exact sizes. A list as long as no run of days, or one naming no side, pairs
nothing. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], Any]

_BEFORE = "On 2 June, 9 July and 4 August, Ukraine received 500 bodies each time. "
_DAYS = ("2025-06-02", "2025-07-09", "2025-08-04")


def _russia_got(found: set[tuple[str, str, str, str, str]]) -> set[tuple[str, str]]:
    return {(period, count) for period, _s, receiver, _k, count in found if receiver == "RUS"}


def test_news_side_figures_after_for_side(recap: Recap) -> None:
    found = recap(_BEFORE + "For Russia, the figures were 12, 17 and 20.")
    assert _russia_got(found) == set(zip(_DAYS, ("12", "17", "20"), strict=True))
    assert all(kind == "remains" for *_, kind, _c in found)


def test_news_side_figures_after_on_the_side_with_respectively(recap: Recap) -> None:
    found = recap(
        _BEFORE + "On the Russian side the numbers were, respectively, 31, 8 and 14, Moscow said."
    )
    assert _russia_got(found) == set(zip(_DAYS, ("31", "8", "14"), strict=True))


def test_news_side_figures_replace_a_vaguer_count(recap: Recap) -> None:
    found = recap(
        "On 2 June, 9 July and 4 August, Ukraine received 500 bodies each time and a few"
        " dozen Russian bodies were sent back. On the Russian side, the figures were 12, 12"
        " and 30, according to Moscow."
    )
    assert _russia_got(found) == set(zip(_DAYS, ("12", "12", "30"), strict=True))


def test_news_side_figures_of_another_length_pair_nothing(recap: Recap) -> None:
    # near miss: two sizes over three days told before, which goes with which is unsure
    found = recap(_BEFORE + "For Russia, the figures were 12 and 17.")
    assert _russia_got(found) == set()


def test_news_figures_naming_no_side_pair_nothing(recap: Recap) -> None:
    # near miss: no side opens the sentence, so whose sizes they are is not told
    found = recap(_BEFORE + "The figures were 12, 17 and 20.")
    assert _russia_got(found) == set()


def test_news_side_figures_leave_an_exact_count_before(recap: Recap) -> None:
    # near miss: the sentence before gave the side's own exact size each time; the list
    # disagrees with it, and neither is preferred over the other's day
    found = recap(
        "On 2 June, 9 July and 4 August, Ukraine received 500 bodies each time and Russia"
        " 15. For Russia, the figures were 12, 17 and 20."
    )
    assert {count for _p, count in _russia_got(found)} <= {"15"}


@settings(max_examples=12, deadline=None)
@given(
    st.lists(st.integers(min_value=2, max_value=4_000), min_size=3, max_size=3),
    st.sampled_from(["For Russia, the", "On the Russian side, the", "For Moscow the"]),
    st.sampled_from(["figures", "numbers"]),
)
def test_news_side_figures_pair_in_order_whatever_the_sizes(
    recap: Recap, sizes: list[int], opening: str, noun: str
) -> None:
    a, b, c = sizes
    found = recap(_BEFORE + f"{opening} {noun} were {a:,}, {b:,} and {c:,}.")
    assert _russia_got(found) == set(zip(_DAYS, (f"{a:,}", f"{b:,}", f"{c:,}"), strict=True))
