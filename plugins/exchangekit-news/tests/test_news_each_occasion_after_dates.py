"""A figure "on each occasion" after two dated events: one handover of it on each date.

"The sides swapped prisoners on 12 March and again on 2 April, with 800 Ukrainians returned on
each occasion": the figure is shared out over the events just named, not summed, and goes the
way its own words tell. With no side told ("with 800 returned on each occasion") it is left
unread: in a swap, either side's people could be meant.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

DATES = {"2025-03-12", "2025-04-02"}


@pytest.mark.parametrize(
    "text",
    [
        "The sides swapped prisoners on 12 March and again on 2 April, with 800 Ukrainians"
        " returned on each occasion.",
        "Moscow and Kyiv traded captives on 12 March and on 2 April, and 800 Ukrainians came"
        " home on each occasion.",
        "Prisoners were exchanged on 12 March and again on 2 April; on each occasion Kyiv got"
        " back 800 soldiers.",
    ],
)
def test_one_handover_on_each_date(recap: Recap, text: str) -> None:
    """The figure sizes each event named, to Ukraine, on its own day."""
    legs = recap(text)
    assert {(p, s, r) for p, s, r, _, c in legs if c == "800"} == {
        (day, "RUS", "UKR") for day in DATES
    }


def test_no_side_told_is_refused(recap: Recap) -> None:
    """ "with 800 returned on each occasion" after a swap names no side: no reading."""
    legs = recap(
        "The sides swapped prisoners on 12 March and again on 2 April, with 800 returned"
        " on each occasion."
    )
    assert not {leg for leg in legs if leg[4] == "800"}


@given(n=st.integers(min_value=2, max_value=5000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=10, deadline=None)
def test_any_count(recap: Recap, n: int) -> None:
    """Whatever the count, one handover of it on each date, never their sum."""
    legs = recap(
        f"The sides swapped prisoners on 12 March and again on 2 April, with {n:,} Ukrainians"
        " returned on each occasion."
    )
    assert {p for p, s, r, _, c in legs if c == f"{n:,}" and (s, r) == ("RUS", "UKR")} == DATES
    assert not {leg for leg in legs if leg[4] == f"{2 * n:,}"}
