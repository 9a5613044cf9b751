"""Sizes listed with days a month was named before: the month is no third date.

"In October there were two swaps, of 120 and 35 soldiers, on October 2 and October 19":
the month only holds the days, so the two sizes pair with the two days in order, as
they would with the month left out; an echo ("each time handing over the same number")
repeats each size at its own day, never at the other one.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]

_MONTHS = {"March": "03", "May": "05", "July": "07", "October": "10"}


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(min_value=20, max_value=99),
    second=st.integers(min_value=100, max_value=300),
    month=st.sampled_from(sorted(_MONTHS)),
    early=st.integers(min_value=1, max_value=12),
    late=st.integers(min_value=14, max_value=28),
    form=st.sampled_from(
        [
            "In {m} there were two swaps, of {a} and {b} Ukrainians, on {m} {d} and {m} {e},"
            " with Russia each time getting back the same number.",
            "In {m}, Kyiv took back {a} and {b} soldiers on {m} {d} and {m} {e}, each time"
            " handing over the same number of Russians.",
            "In {m} there were two swaps, on {d} {m} and {e} {m}, which returned {a} and {b}"
            " Ukrainians, with Moscow each time receiving the same number.",
        ]
    ),
)
def test_sizes_pair_with_the_days_in_order(
    recap: Callable[[str], Legs],
    first: int,
    second: int,
    month: str,
    early: int,
    late: int,
    form: str,
) -> None:
    """Each size read is read at its own day only, whichever way it went."""
    text = form.format(m=month, a=first, b=second, d=early, e=late)
    number = _MONTHS[month]
    own = {f"2025-{number}-{early:02d}": str(first), f"2025-{number}-{late:02d}": str(second)}
    read = recap(text)
    assert read
    assert all(own.get(p) == n for p, *_, n in read)


def test_the_sizes_pair_with_both_days(recap: Callable[[str], Legs]) -> None:
    """Both sizes are read, the first at the first day and the second at the second."""
    text = (
        "In October, Kyiv took back 120 and 35 soldiers on October 2 and October 19,"
        " each time handing over the same number of Russians."
    )
    assert {(p, s, n) for p, s, *_, n in recap(text)} == {
        ("2025-10-02", "RUS", "120"),
        ("2025-10-02", "UKR", "120"),
        ("2025-10-19", "RUS", "35"),
        ("2025-10-19", "UKR", "35"),
    }


def test_the_echo_goes_the_other_way_at_each_day(recap: Callable[[str], Legs]) -> None:
    """ "and each time Russia got back the same number": each size both ways, at its day."""
    text = (
        "In July there were two swaps, of 84 and 95 Ukrainians, on July 4 and July 24,"
        " and each time Russia got back the same number."
    )
    assert {(p, s, n) for p, s, _, _, n in recap(text)} == {
        ("2025-07-04", "RUS", "84"),
        ("2025-07-04", "UKR", "84"),
        ("2025-07-24", "RUS", "95"),
        ("2025-07-24", "UKR", "95"),
    }


def test_one_size_told_of_each_day_keeps_both(recap: Callable[[str], Legs]) -> None:
    """Near miss: one size "each", with an echo, is of both days, not paired with one."""
    text = (
        "In July there were two swaps, of 84 Ukrainians each, on July 4 and July 24,"
        " with Russia each time getting back the same number."
    )
    to_ukraine = {(p, n) for p, s, r, _, n in recap(text) if (s, r) == ("RUS", "UKR")}
    assert to_ukraine == {("2025-07-04", "84"), ("2025-07-24", "84")}
