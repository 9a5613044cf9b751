"""Dates listed before a list of sizes of another length: no size is put on any date.

"On May 2, June 9 and July 30, the sides swapped 60 and 75 prisoners each": three
days and two sizes of one kind cannot pair, and neither size is every day's, so none
is read, as when the dates follow the sizes ("60 and 75 bodies in March, April and May").
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(min_value=20, max_value=99),
    second=st.integers(min_value=100, max_value=300),
    dates=st.sampled_from(
        [
            "On May 2, June 9 and July 30",
            "On 3 March, 17 April and 8 June",
            "On June 25, August 24 and September 14",
        ]
    ),
    clause=st.sampled_from(
        [
            "the two sides exchanged {a} and {b} prisoners each",
            "Kyiv and Moscow swapped {a} and {b} soldiers apiece",
            "Ukraine got back {a} and {b} soldiers",
        ]
    ),
)
def test_fewer_sizes_than_listed_dates_are_not_read(
    recap: Callable[[str], Legs], first: int, second: int, dates: str, clause: str
) -> None:
    """Neither size is read at any of the dates."""
    text = f"{dates}, {clause.format(a=first, b=second)}."
    assert not {n for *_, n in recap(text)} & {str(first), str(second)}


def test_as_many_sizes_as_dates_still_pair(recap: Callable[[str], Legs]) -> None:
    """Near miss: two dates and two sizes pair in order."""
    text = "On June 25 and September 14, the two sides exchanged 90 and 115 prisoners each."
    assert {(p, n) for p, *_, n in recap(text)} == {("2025-06-25", "90"), ("2025-09-14", "115")}


def test_one_size_each_time_is_every_dates(recap: Callable[[str], Legs]) -> None:
    """Near miss: one size, or one swap's parts by kind, is told of every date."""
    text = (
        "On June 25, August 24 and September 14, the two sides exchanged 90 soldiers"
        " and 10 civilians each."
    )
    read = {(p, n) for p, *_, n in recap(text)}
    days = ("2025-06-25", "2025-08-24", "2025-09-14")
    assert read == {(p, n) for p in days for n in ("90", "10")}
