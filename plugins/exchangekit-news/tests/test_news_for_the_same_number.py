"""A figure of people traded "for the same number": as many went each way.

"The sides swapped 60 soldiers for the same number" reads like "60 soldiers for 60",
and a list of bare sizes sharing one noun ("swaps of 40, 55 and 70 soldiers for the
same number") like the same list "each way", each size on its own listed date. After
a list of two kinds ("185 soldiers and 20 civilians for the same number") the phrase
may repeat the sum or each part, so nothing is sent back on its strength.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


def test_news_one_figure_swapped_for_the_same_number_goes_each_way(
    recap: Callable[[str], Any],
) -> None:
    found = recap("On 9 March the two countries swapped 64 captured soldiers for the same number.")
    assert found == {
        ("2025-03-09", "RUS", "UKR", "prisoners_of_war", "64"),
        ("2025-03-09", "UKR", "RUS", "prisoners_of_war", "64"),
    }


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=90),
    st.integers(min_value=110, max_value=200),
    st.integers(min_value=210, max_value=400),
)
def test_news_listed_sizes_for_the_same_number_each_on_its_date(
    recap: Callable[[str], Any], first: int, second: int, third: int
) -> None:
    # the harder form: a nominal "swaps of" with the dates after it and "respectively"
    found = recap(
        f"Swaps of {first}, {second} and {third} prisoners of war for the same number were"
        " carried out on 2 April, 14 July and 3 September, respectively."
    )
    expected = {
        (day, sender, receiver, "prisoners_of_war", str(n))
        for day, n in (("2025-04-02", first), ("2025-07-14", second), ("2025-09-03", third))
        for sender, receiver in (("RUS", "UKR"), ("UKR", "RUS"))
    }
    assert found == expected


def test_news_two_kinds_for_the_same_number_send_nothing_back(
    recap: Callable[[str], Any],
) -> None:
    # near miss: the repeat of two kinds is the sum or each part; no leg back is guessed
    found = recap("Kyiv recovered 140 servicemen and 12 civilians for the same number on 5 May.")
    assert not any(sender == "UKR" for _, sender, _, _, _ in found)


def test_news_a_planned_trade_for_the_same_number_is_not_a_swap(
    recap: Callable[[str], Any],
) -> None:
    # near miss: an offer sized "for the same number" is a plan, not a handover
    found = recap("Moscow offered to trade 64 captured soldiers for the same number next month.")
    assert found == set()


def test_news_things_for_the_same_number_are_not_people(
    recap: Callable[[str], Any],
) -> None:
    # near miss: a count of things traded like for like is no exchange of people
    assert recap("On 9 March each army lost 64 tanks for the same number of the other's.") == set()
