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


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.integers(min_value=20, max_value=400), min_size=2, max_size=4, unique=True),
    st.sampled_from(["On 12 October", "In the autumn", "Last month", ""]),
)
def test_news_listed_sizes_without_their_days_are_no_one_exchange(
    recap: Callable[[str], Any], sizes: list[int], when: str
) -> None:
    # sizes of several swaps told with one date or none: the first is not the swap, and the
    # sizes are not paired with days, so no leg is read
    listed = ", ".join(map(str, sizes[:-1])) + f" and {sizes[-1]}"
    opening = f"{when} the" if when else "The"
    found = recap(f"{opening} warring sides traded {listed} captured troops for the same number.")
    assert found == set()


def test_news_listed_sizes_as_a_subject_without_days_are_no_one_exchange(
    recap: Callable[[str], Any],
) -> None:
    # the harder, nominal form with a season for all of them
    found = recap(
        "Trades of 35, 80 and 120 prisoners of war for the same number took place over the summer."
    )
    assert found == set()


def test_news_listed_sizes_with_as_many_days_before_them_each_go_each_way(
    recap: Callable[[str], Any],
) -> None:
    # near miss: the days listed first, as many as the sizes, pair with them in order
    found = recap(
        "On 3, 8 and 21 October the sides traded 35, 80 and 120 troops for the same number."
    )
    assert found == {
        (day, sender, receiver, "prisoners_of_war", str(n))
        for day, n in (("2025-10-03", 35), ("2025-10-08", 80), ("2025-10-21", 120))
        for sender, receiver in (("RUS", "UKR"), ("UKR", "RUS"))
    }


@settings(max_examples=10, deadline=None)
@given(
    st.integers(min_value=11, max_value=900),
    st.sampled_from(
        [
            "for the same number of days of truce",
            "for the same number of hours of calm",
            "for the same number it had agreed to",
            "for the same number that Moscow had demanded",
            "for the same number which the talks had set",
        ]
    ),
)
def test_news_the_same_number_of_things_or_a_relative_sends_no_one_back(
    recap: Callable[[str], Any], n: int, tail: str
) -> None:
    # "the same number of days" counts no people, and "the same number it had agreed to"
    # is what was owed: neither is the way back of a swap
    found = recap(f"On 9 March Kyiv handed back {n} Russian soldiers {tail}.")
    assert found == {("2025-03-09", "UKR", "RUS", "prisoners_of_war", str(n))}


def test_news_a_bare_same_number_with_a_teller_after_it_still_goes_each_way(
    recap: Callable[[str], Any],
) -> None:
    # near miss: a comma and a speech tag after the bare phrase leave it the return leg
    found = recap(
        "On 9 March Kyiv handed back 64 Russian soldiers for the same number, officials said."
    )
    assert found == {
        ("2025-03-09", "UKR", "RUS", "prisoners_of_war", "64"),
        ("2025-03-09", "RUS", "UKR", "prisoners_of_war", "64"),
    }
