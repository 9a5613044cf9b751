"""A feast's name set off before its day is one date: "on Independence Day, Aug. 24".

"Two more swaps followed - 60 for 60 on 3 July, and 90 for 90 on Independence Day, Aug.
24": the day after the comma is the feast's, so the pair before the name is dated by it as
"90 for 90 on Aug. 24" would be. A number after the comma that is no day ("on Independence
Day, 24 soldiers came home") is a count, not a date.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize("day", ["Aug. 24", "24 August"])
def test_pair_before_feast_takes_its_day(recap: Recap, day: str) -> None:
    """90 for 90 goes both ways on 24 August, 60 for 60 on 3 July."""
    legs = recap(
        f"Two more swaps followed - 60 for 60 on 3 July, and 90 for 90 on Independence Day, {day}."
    )
    assert {(p, s, r, c) for p, s, r, _, c in legs} == {
        ("2025-07-03", "RUS", "UKR", "60"),
        ("2025-07-03", "UKR", "RUS", "60"),
        ("2025-08-24", "RUS", "UKR", "90"),
        ("2025-08-24", "UKR", "RUS", "90"),
    }


def test_feast_then_its_day_dates_the_clause(recap: Recap) -> None:
    """ "On Independence Day, Aug. 24, Kyiv got back 70 soldiers": that day."""
    legs = recap("On Independence Day, Aug. 24, Kyiv got back 70 soldiers.")
    assert {(p, s, r, c) for p, s, r, _, c in legs} == {("2025-08-24", "RUS", "UKR", "70")}


def test_count_after_the_feast_is_no_day(recap: Recap) -> None:
    """ "on Independence Day, 24 soldiers came home": 24 is no day of a date."""
    legs = recap("A swap took place on 3 July, and on Independence Day, 24 soldiers came home.")
    assert not {leg for leg in legs if leg[0].endswith("-24")}
