"""An exchange told "a month later" is dated on from the exchange told just before it.

"On January 5, 25 soldiers came home. A month later, 150 were exchanged for 150": the
span counts from the exchange just told, to its month (to its day when "exactly"), not
to the sentence before's date. With no exchange to count from, the figure is left out,
never given another date.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_COUNTS = {1: "a month", 2: "two months", 3: "three months"}


def _periods(legs: Legs, count: str) -> set[tuple[str, str, str]]:
    return {(period, s, r) for period, s, r, _, c in legs if c == count}


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    month=st.integers(min_value=1, max_value=7),
    day=st.integers(min_value=1, max_value=28),
    months=st.sampled_from(sorted(_COUNTS)),
    exact=st.booleans(),
    n=st.integers(min_value=30, max_value=400),
)
def test_months_later_counts_from_the_exchange_told(
    recap: Recap, month: int, day: int, months: int, exact: bool, n: int
) -> None:
    """The later swap's month (day, told "exactly") is the earlier one's plus the months."""
    span = _COUNTS[months]
    opener = f"Exactly {span}" if exact else span[0].upper() + span[1:]
    text = (
        f"On {calendar.month_name[month]} {day}, 25 Ukrainian soldiers came home. "
        f"{opener} later, {n} were exchanged for {n}."
    )
    reached = f"2025-{month + months:02d}" + (f"-{day:02d}" if exact else "")
    assert _periods(recap(text), str(n)) == {(reached, "RUS", "UKR"), (reached, "UKR", "RUS")}


@pytest.mark.parametrize("when", ["exactly a month later", "a month later"])
def test_months_later_when_in_the_same_sentence(recap: Recap, when: str) -> None:
    """ "... and continued with a larger one a month later, when 150 were exchanged for 150"."""
    text = (
        "The year opened with a swap on January 5 - by Kyiv's account 25 of its soldiers were "
        f"freed and 25 Russians went the other way - and a bigger one followed {when}, "
        "when 150 were exchanged for 150."
    )
    reached = "2025-02-05" if when.startswith("exactly") else "2025-02"
    assert _periods(recap(text), "150") == {(reached, "RUS", "UKR"), (reached, "UKR", "RUS")}
    assert all(period == "2025-01-05" for period, *_ in _periods(recap(text), "25"))


def test_a_date_written_beside_the_span_is_the_date(recap: Recap) -> None:
    """ "A month later, on February 7, ...": the day written, not the day counted."""
    text = (
        "On January 5, 25 Ukrainian soldiers came home. A month later, on February 7, "
        "150 were exchanged for 150."
    )
    assert {p for p, *_ in _periods(recap(text), "150")} == {"2025-02-07"}


def test_no_exchange_to_count_from_leaves_the_figure_out(recap: Recap) -> None:
    """With nothing told before, "a month later" has no anchor: no date is guessed."""
    assert not _periods(recap("A month later, 150 were exchanged for 150."), "150")
