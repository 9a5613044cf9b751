"""Sizes of handovers listed after "in three stages of", their people named by the verb.

"Over the past week, in two rounds of 120 and 135, on Monday and Friday respectively,
Kyiv got back wounded soldiers": the bare numbers size the rounds, and the people are
the object of the clause's verb of moving, however far from the numbers it stands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=30, max_value=150),
    st.integers(min_value=160, max_value=400),
    st.sampled_from(["rounds", "stages", "phases"]),
)
def test_news_stage_sizes_take_the_people_of_the_verb(
    recap: Callable[[str], Any], first: int, second: int, plural: str
) -> None:
    found = recap(
        f"In two {plural} of {first} and {second}, on 3 June and 8 July respectively,"
        " Ukraine brought home young soldiers."
    )
    assert found == {
        ("2025-06-03", "RUS", "UKR", "prisoners_of_war", str(first)),
        ("2025-07-08", "RUS", "UKR", "prisoners_of_war", str(second)),
    }


def test_news_stage_sizes_with_weekdays_of_last_week_and_the_same_number(
    exchanges_on: Callable[..., Any],
) -> None:
    # the harder form: no count word's noun, weekdays set in "last week", and the other
    # side's figure given "each time" as "the same number"
    from datetime import date

    text = (
        "Last week, in three stages of 41, 66 and 102, held on Monday, Wednesday and"
        " Friday respectively, Kyiv recovered servicemen held in Russia, each time"
        " releasing the same number of Russian soldiers."
    )
    days = {
        (str(e.period), t.sender.code, str(t.count))
        for e in exchanges_on(text, date(2025, 11, 20))
        for t in e.transfers
    }
    assert days == {
        (day, side, count)
        for day, count in (("2025-11-10", "41"), ("2025-11-12", "66"), ("2025-11-14", "102"))
        for side in ("RUS", "UKR")
    }


def test_news_stage_sizes_near_misses_stay_unread(recap: Callable[[str], Any]) -> None:
    # a unit after the list: distances, not people
    found = recap(
        "In two stages of 40 and 65 kilometres, on 3 June and 8 July, Ukraine brought"
        " home soldiers."
    )
    assert all(count not in ("40", "65") for *_, count in found)
    # the count word says three, the list has two: not a list of the stages' sizes
    found = recap(
        "In three stages of 40 and 65, on 3 June and 8 July, Ukraine brought home soldiers."
    )
    assert all(count not in ("40", "65") for *_, count in found)
    # a plan: the verb is not told done
    found = recap(
        "In two stages of 40 and 65, on 3 June and 8 July, Ukraine will bring home soldiers."
    )
    assert found == set()
