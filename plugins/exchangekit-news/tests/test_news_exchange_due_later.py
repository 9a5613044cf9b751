"""An exchange whose own verb says it is due, expected, set or "to" happen is not done.

"An exchange of 500 for 500 is due to take place next week", "the swap of 90 for 90 is
scheduled for Friday": the noun names a swap still to come, so no one is read as handed
over. "Was set free" and "took place" tell people freed and a swap done.
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
        "An exchange of 400 for 400 is due to take place next week.",
        "A swap of 250 prisoners each is due on Monday, officials in Kyiv said.",
        "The exchange of 90 for 90 is expected to take place before the end of the month.",
        "A 120-for-120 exchange is to take place at the Belarusian border.",
        "The handover of 1,000 bodies is scheduled for next Friday.",
        "A swap of 75 for 75 is set to go ahead on Saturday.",
    ],
)
def test_exchange_still_to_come_moves_no_one(recap: Recap, text: str) -> None:
    """The exchange is one still to come: nothing is read."""
    assert recap(text) == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("An exchange of 400 for 400 took place last week.", "400"),
        ("A swap of 85 prisoners each was carried out on Monday.", "85"),
    ],
)
def test_exchange_done_is_kept(recap: Recap, text: str, count: str) -> None:
    """Near misses: an exchange told done still moves people both ways."""
    assert {(s, r, c) for _, s, r, _, c in recap(text)} == {
        ("UKR", "RUS", count),
        ("RUS", "UKR", count),
    }


@given(
    n=st.integers(min_value=2, max_value=3000).filter(lambda n: not 1800 <= n <= 2100),
    predicate=st.sampled_from(
        [
            "is due to take place",
            "is expected to take place",
            "was expected to take place",
            "is set to go ahead",
            "is scheduled",
            "is to take place",
        ]
    ),
    noun=st.sampled_from(["An exchange", "A swap", "The handover"]),
)
@settings(max_examples=25, deadline=None)
def test_any_exchange_to_come(recap: Recap, n: int, predicate: str, noun: str) -> None:
    """Whatever the size and the words of the plan, a swap to come moves no one."""
    assert recap(f"{noun} of {n:,} for {n:,} {predicate} next week.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "A swap of 300 for 300 on Tuesday was set up by Qatar.",
        "An exchange of 300 for 300 on Tuesday was set against a backdrop of heavy shelling.",
    ],
)
def test_set_up_or_set_against_tells_a_swap_done(recap: Recap, text: str) -> None:
    """Near misses: "set up by" a mediator and "set against" a backdrop fix no date."""
    assert {(s, r, c) for _, s, r, _, c in recap(text)} == {
        ("UKR", "RUS", "300"),
        ("RUS", "UKR", "300"),
    }


def test_set_up_for_a_day_is_still_to_come(recap: Recap) -> None:
    """ "was set up for Friday" fixes a date: a swap still to come."""
    assert recap("An exchange of 300 for 300 was set up for Friday.") == set()
