"""A dated per-side share after a swap, with a verb that names no side, is its next stage.

"Kyiv and Moscow traded 80 prisoners each on 3 March. A further 45 apiece followed on 10
March." and "... Another 45 each were exchanged on 10 March.": neither "followed" nor a
passive of swapping says who took part, so the share repeats the two directions of the
swap told before, with its own number and date. Without a share ("another 45 were
exchanged": a total or per side?), without a date, or with a counterpart of its own
("swapped with ..."), nothing is read. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], Any]

_OPENING = "Kyiv and Moscow traded 80 prisoners each on 3 March."
_FIRST = {
    ("2025-03-03", "RUS", "UKR", "prisoners_of_war", "80"),
    ("2025-03-03", "UKR", "RUS", "prisoners_of_war", "80"),
}


def _both_ways(day: str, count: str) -> set[tuple[str, str, str, str, str]]:
    return {
        (day, "RUS", "UKR", "prisoners_of_war", count),
        (day, "UKR", "RUS", "prisoners_of_war", count),
    }


@pytest.mark.parametrize(
    "next_stage",
    [
        "A further 45 apiece followed on 10 March.",
        "Another 45 each followed on March 10.",
        "Another 45 apiece were exchanged on 10 March.",
        "On 10 March, 45 each were swapped.",
        "A further 45 apiece were traded on March 10, officials said.",
    ],
)
def test_news_share_with_a_sideless_verb_is_the_next_stage(recap: Recap, next_stage: str) -> None:
    found = recap(f"{_OPENING} {next_stage}")
    assert found == _FIRST | _both_ways("2025-03-10", "45")


@pytest.mark.parametrize(
    "next_stage",
    [
        # no share: the figure may be the stage's total or each side's
        "Another 45 were exchanged on 10 March.",
        # no date of its own: the stage cannot be placed
        "A further 45 apiece followed.",
        "Another 45 apiece were swapped.",
        # a counterpart of its own: not the sides of the swap before
        "Another 45 apiece were swapped with Belarus on 10 March.",
        # planned, not done
        "Another 45 apiece were to be exchanged on 10 March.",
    ],
)
def test_news_share_that_cannot_be_told_is_refused(recap: Recap, next_stage: str) -> None:
    assert recap(f"{_OPENING} {next_stage}") == _FIRST


def test_news_share_after_an_unequal_handover_is_refused(recap: Recap) -> None:
    # the handover before was not two-way and even: "each" shares out nothing known
    found = recap(
        "Moscow returned 900 bodies to Ukraine on 3 March. Another 45 each were exchanged"
        " on 10 March."
    )
    assert found == {("2025-03-03", "RUS", "UKR", "remains", "900")}


@settings(max_examples=20, deadline=None)
@given(
    st.one_of(
        st.integers(min_value=2, max_value=1799), st.integers(min_value=2101, max_value=9999)
    ),
    st.integers(min_value=4, max_value=28),
    st.sampled_from(["followed", "were exchanged", "were swapped"]),
)
def test_news_share_keeps_its_own_number_and_day(recap: Recap, n: int, day: int, verb: str) -> None:
    found = recap(f"{_OPENING} Another {n:,} apiece {verb} on {day} March.")
    assert found == _FIRST | _both_ways(f"2025-03-{day:02d}", f"{n:,}")


@pytest.mark.parametrize(
    ("next_stage", "expected"),
    [
        # the verb's own date comes after it: not the talks' day before
        (
            "Talks resumed on 7 March and another 45 apiece followed on 10 March.",
            _FIRST | _both_ways("2025-03-10", "45"),
        ),
        (
            "Talks resumed on 7 March and a further 45 each were swapped on 10 March.",
            _FIRST | _both_ways("2025-03-10", "45"),
        ),
        # the only date before is another event's: the share is not dated by it
        ("Talks resumed on 7 March and another 45 apiece followed.", _FIRST),
        ("Talks resumed on 7 March and a further 45 each were swapped.", _FIRST),
    ],
)
def test_news_share_is_not_dated_by_another_events_day(
    recap: Recap, next_stage: str, expected: set[tuple[str, str, str, str, str]]
) -> None:
    assert recap(f"{_OPENING} {next_stage}") == expected
