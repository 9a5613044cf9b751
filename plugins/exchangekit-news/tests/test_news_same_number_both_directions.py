""" "The same number in both directions" sets the two ways equal; it sums nothing.

"The sides swapped 84 captives, the same number in both directions": the phrase says
each way moved 84, as "each way" does, where a bare "in both directions" after a figure
may count the two ways together and is not read. After a list that "respectively"
shares out over dates, the phrase repeats each listed figure on its own date, never the
last figure alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March Russia and Ukraine swapped 84 soldiers, the same number in both directions.",
        "The two sides exchanged 84 servicemen on 12 March, an equal number in both directions.",
        "On 12 March the warring sides traded 84 prisoners of war, the same number going both"
        " ways.",
    ],
)
def test_news_same_number_both_directions_is_each_way(recap: Recap, text: str) -> None:
    assert recap(text) == {
        ("2025-03-12", "RUS", "UKR", "prisoners_of_war", "84"),
        ("2025-03-12", "UKR", "RUS", "prisoners_of_war", "84"),
    }


def test_news_same_number_after_respectively_list_repeats_each(recap: Recap) -> None:
    """A list shared out over dates keeps each figure on its own date, both ways."""
    legs = recap(
        "On 4 April and 19 May the sides exchanged 66 and 71 soldiers respectively, the same"
        " number in both directions."
    )
    assert legs == {
        ("2025-04-04", "RUS", "UKR", "prisoners_of_war", "66"),
        ("2025-04-04", "UKR", "RUS", "prisoners_of_war", "66"),
        ("2025-05-19", "RUS", "UKR", "prisoners_of_war", "71"),
        ("2025-05-19", "UKR", "RUS", "prisoners_of_war", "71"),
    }


def test_news_same_number_each_way_after_respectively_is_not_the_last(recap: Recap) -> None:
    """ "the same number each way" after a "respectively" list is not the last figure's."""
    legs = recap(
        "On 4 April and 19 May the sides exchanged 66 and 71 soldiers respectively, the same"
        " number going each way."
    )
    assert {(p, c) for p, _, _, _, c in legs} == {("2025-04-04", "66"), ("2025-05-19", "71")}


@pytest.mark.parametrize(
    "text",
    [
        # no "same number": the two ways may be counted together
        "On 12 March the two sides exchanged 84 prisoners of war in both directions.",
        "Mediators helped reunite 84 children with their families in both directions.",
    ],
)
def test_news_both_directions_alone_stays_unread(recap: Recap, text: str) -> None:
    assert recap(text) == set()


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_700),
    day=st.integers(min_value=1, max_value=28),
    equal=st.sampled_from(["the same number", "an equal number"]),
    ways=st.sampled_from(["in both directions", "going both ways"]),
)
def test_news_same_number_both_ways_gives_each_way(
    recap: Recap, n: int, day: int, equal: str, ways: str
) -> None:
    legs = recap(f"On {day} June Ukraine and Russia exchanged {n:,} soldiers, {equal} {ways}.")
    assert legs == {
        (f"2025-06-{day:02d}", "RUS", "UKR", "prisoners_of_war", f"{n:,}"),
        (f"2025-06-{day:02d}", "UKR", "RUS", "prisoners_of_war", f"{n:,}"),
    }
