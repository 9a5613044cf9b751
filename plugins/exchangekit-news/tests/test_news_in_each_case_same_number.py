"""'In each case ... the same number' repeats every listed figure on its own date.

"On 3 May and 8 June, 40 and 120 soldiers came home respectively, in each case for the
same number of Russians": "in each case" says, as "each time" does, that every listed
handover had its own counterpart. The repeats keep their dates when a clause after the
list dates another swap of its own ("..., and on 1 July 60 were freed by each side").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], Any]


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=20, max_value=150),
    st.integers(min_value=60, max_value=300),
    st.sampled_from(["in each case", "in each case,", "each time"]),
)
def test_news_in_each_case_repeats_each_listed_figure_on_its_date(
    recap: Recap, first: int, step: int, each: str
) -> None:
    second = first + step
    found = recap(
        f"On 3 May and 8 June, {first} and {second} Ukrainian soldiers came home"
        f" respectively, {each} in exchange for the same number of Russians."
    )
    back = {(period, count) for period, sender, _, _, count in found if sender == "UKR"}
    assert back == {("2025-05-03", str(first)), ("2025-06-08", str(second))}


@pytest.mark.parametrize("each", ["in each case", "each time"])
def test_news_repeats_keep_their_dates_past_a_later_dated_swap(recap: Recap, each: str) -> None:
    found = recap(
        "In May and June, on the 3rd and the 8th, 40 and 120 Ukrainian soldiers came home"
        f" respectively, {each} in exchange for the same number of Russians, and on 1 July"
        " 60 servicemen were freed by each side."
    )
    back = {(period, count) for period, sender, _, _, count in found if sender == "UKR"}
    assert back == {("2025-05-03", "40"), ("2025-06-08", "120"), ("2025-07-01", "60")}


def test_news_same_number_without_in_each_case_repeats_no_first_figure(recap: Recap) -> None:
    # near miss: nothing says the first handover had a counterpart
    found = recap(
        "On 3 May and 8 June, 40 and 120 Ukrainian soldiers came home respectively, and"
        " on the second date Kyiv handed over the same number of Russians."
    )
    assert not any(sender == "UKR" and count == "40" for _, sender, _, _, count in found)
