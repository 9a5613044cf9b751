"""Days of one month listed right before the subject of the clause pair with its sizes.

"On May 3, 7, 12 and 20 Kyiv received 40, 55, 55 and 61 bodies": the last day after
"and" runs straight on to the side that received, with no comma; it is still a day of
the list, so four days pair with the four sizes in order (a size told twice is still
one handover on each day). A number after "and" that runs on to anything but a side
named as a noun stays what it was ("and 16 Ukrainian soldiers" counts soldiers).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def test_news_days_then_subject_pair_with_sizes(recap: Callable[[str], Any]) -> None:
    found = recap("On May 3, 7, 12 and 20 Kyiv received 40, 55, 55 and 61 bodies.")
    assert found == {
        ("2025-05-03", "RUS", "UKR", "remains", "40"),
        ("2025-05-07", "RUS", "UKR", "remains", "55"),
        ("2025-05-12", "RUS", "UKR", "remains", "55"),
        ("2025-05-20", "RUS", "UKR", "remains", "61"),
    }


def test_news_days_then_subject_harder_form(recap: Callable[[str], Any]) -> None:
    # the harder form: an aside before the days, Russia the receiver, a source after
    found = recap(
        "As it turned out, on August 4, 9 and 21 Russia took back 17, 22 and 30 bodies of"
        " its soldiers, officials in Kyiv said."
    )
    assert found == {
        ("2025-08-04", "UKR", "RUS", "remains", "17"),
        ("2025-08-09", "UKR", "RUS", "remains", "22"),
        ("2025-08-21", "UKR", "RUS", "remains", "30"),
    }


def test_news_number_before_an_adjective_is_no_day(recap: Callable[[str], Any]) -> None:
    # near miss: "16 Ukrainian soldiers" counts soldiers; no handover on a 16th
    found = recap("On July 2, 8 and 16 Ukrainian soldiers came home.")
    assert not any(period == "2025-07-16" for period, *_ in found)


@settings(max_examples=10, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=28), min_size=2, max_size=4, unique=True),
    st.data(),
)
def test_news_listed_days_pair_in_order(
    recap: Callable[[str], Any], days: list[int], data: st.DataObject
) -> None:
    days = sorted(days)
    sizes = data.draw(
        st.lists(st.integers(min_value=100, max_value=900), min_size=len(days), max_size=len(days))
    )
    listed = ", ".join(str(d) for d in days[:-1]) + f" and {days[-1]}"
    counts = ", ".join(f"{n:,}" for n in sizes[:-1]) + f" and {sizes[-1]:,}"
    found = recap(f"On March {listed} Ukraine received {counts} bodies.")
    assert {(period, count) for period, *_, count in found} == {
        (f"2025-03-{d:02d}", f"{n:,}") for d, n in zip(days, sizes, strict=True)
    }


@pytest.mark.parametrize(
    "text",
    [
        "On March 1, 2 and 3 Ukraine received 100, 100 and 200 bodies.",
        "On March 4, 5 and 9 Ukraine received 300, 300 and 600 bodies.",
        "Ukraine received 300 bodies on March 4 and 300 on March 5, and 600 on March 9.",
    ],
)
def test_news_a_listed_size_equal_to_two_before_it_is_its_own_handover(
    recap: Callable[[str], Any], text: str
) -> None:
    # the last size has a day of its own in the same list: a third handover, not a sum
    assert len({period for period, *_ in recap(text)}) == 3
