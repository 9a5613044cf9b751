"""'Each time ... the same number' after figures shared out over listed dates.

"On 4 March and 9 April Kyiv recovered 60 and 110 soldiers respectively, each time
releasing the same number of Russians": every listed handover had its own counterpart,
so each figure is repeated the other way on its own date, never the last figure on all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=20, max_value=150),
    st.integers(min_value=60, max_value=300),
    st.sampled_from(["each time", "each time,", "on each occasion"]),
)
def test_news_each_time_repeats_each_listed_figure_on_its_date(
    recap: Callable[[str], Any], first: int, step: int, each: str
) -> None:
    second = first + step  # far apart: two close figures may be read as one rough figure
    found = recap(
        f"On 4 March and 9 April, Kyiv recovered {first} and {second} of its troops"
        f" respectively, {each} releasing the same number of Russian prisoners."
    )
    swapped = {(period, count) for period, sender, _, _, count in found if sender == "UKR"}
    assert swapped == {("2025-03-04", str(first)), ("2025-04-09", str(second))}


def test_news_each_time_with_an_equal_number_of_a_nationality(
    recap: Callable[[str], Any],
) -> None:
    # the harder form: a bare first figure, the noun only after the second, "an equal number"
    found = recap(
        "Ukraine got back 48 and 131 of its servicemen on 2 May and 17 June respectively,"
        " each time handing over an equal number of Russians."
    )
    back = {(period, count) for period, sender, _, _, count in found if sender == "UKR"}
    assert back == {("2025-05-02", "48"), ("2025-06-17", "131")}


def test_news_same_number_without_each_time_repeats_no_first_figure(
    recap: Callable[[str], Any],
) -> None:
    # near miss: no "each time", so nothing says the first handover had a counterpart
    found = recap(
        "On 2 May and 17 June, Ukraine got back 48 and 131 of its servicemen respectively,"
        " and on the second date handed over the same number of Russians."
    )
    assert not any(sender == "UKR" and count == "48" for _, sender, _, _, count in found)
