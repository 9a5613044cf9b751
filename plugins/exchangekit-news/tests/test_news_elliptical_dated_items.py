"""A bare count that ends an item its date opens: "...; on 20 June, 31; and on 9 July, 30."

The verb is said once, at the list's first item; each later item keeps only its date
and its count. A lone number after the date's comma at the end of the item is that
count, not a second day of the month (two days would be "20 and 30").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=12, deadline=None)
@given(
    st.integers(min_value=2, max_value=31),
    st.integers(min_value=2, max_value=31),
    st.sampled_from(["; and on", "; on"]),
)
def test_news_bare_count_after_a_dated_items_comma_is_its_size(
    recap: Callable[[str], Any], second: int, last: int, joiner: str
) -> None:
    found = recap(
        f"On 2 March Moscow took back 17 bodies; on 4 April, {second}{joiner} 6 May, {last}."
    )
    back = {(period, count) for period, sender, _, _, count in found if sender == "UKR"}
    assert back == {("2025-03-02", "17"), ("2025-04-04", str(second)), ("2025-05-06", str(last))}


def test_news_bare_counts_after_a_pronouns_clause(recap: Callable[[str], Any]) -> None:
    # the harder form: the people named inside "the bodies of", a pronoun's clause between
    found = recap(
        "Moscow got back the bodies of 12 of its soldiers on 8 January; on 9 March it got"
        " back 15; on 2 April, 21; and on 7 May, 18."
    )
    sizes = {(period, count) for period, sender, _, _, count in found if sender == "UKR"}
    assert {("2025-04-02", "21"), ("2025-05-07", "18")} <= sizes


def test_news_listed_days_of_one_month_stay_days(recap: Callable[[str], Any]) -> None:
    # near miss: ", 13, 16 and 19" goes on a list of days, each the day of one handover
    found = recap("On June 11, 13 and 16 Ukraine took back 500, 410 and 390 bodies.")
    assert found == {
        ("2025-06-11", "RUS", "UKR", "remains", "500"),
        ("2025-06-13", "RUS", "UKR", "remains", "410"),
        ("2025-06-16", "RUS", "UKR", "remains", "390"),
    }
