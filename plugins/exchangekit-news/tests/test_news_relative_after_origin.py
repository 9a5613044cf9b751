"""A relative clause without commas after where the people are from.

"Six children from the Kharkiv region who had been separated from their parents
during the occupation have returned to Ukraine": the relative clause opens after the
short "from ..." phrase, so the main verb after it is the children's, and a year told
inside the clause tells their story, not when they came home (as it does with no
place phrase: "90 soldiers who had defended Mariupol in 2022").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=3, max_value=40),
    st.sampled_from(["from the Kharkiv region", "from Kupiansk district", "of the Sumy region"]),
    st.sampled_from(["during the occupation", "in 2022", "for more than a year"]),
)
def test_news_people_from_a_place_with_a_relative_are_read_on_the_report_day(
    recap: Callable[[str], Any], count: int, origin: str, story: str
) -> None:
    found = recap(
        f"{count} children {origin} who had been separated from their parents {story}"
        " have returned to territory controlled by Ukraine."
    )
    assert ("2025-11-20", "RUS", "UKR", "children", str(count)) in found
    assert not any(period.startswith("2022") for period, *_ in found)


def test_news_relative_after_origin_behind_an_opening_phrase(
    recap: Callable[[str], Any],
) -> None:
    # the harder form: an opening phrase of thanks, a year and a place inside the clause
    found = recap(
        "With the help of church mediators, 14 teenagers from the Kherson region who had"
        " been moved to camps in Crimea in the autumn of 2022 came back to Ukraine."
    )
    assert found == {("2025-11-20", "RUS", "UKR", "children", "14")}


def test_news_date_after_the_main_verb_still_dates_the_return(
    recap: Callable[[str], Any],
) -> None:
    # near miss: the date follows the main verb, outside the clause; it is the return's
    found = recap(
        "Eleven children from the Kharkiv region who had been taken to Russia in 2022"
        " returned home on 3 June."
    )
    assert found == {("2025-06-03", "RUS", "UKR", "children", "11")}
