"""After a plural of handovers and a colon, "on <day>, of N" is one of them, on that day.

"Two more handovers followed: on 3 May, of 800 bodies, and on 9 May, of 650 more": each
item puts its day first and hangs its size on the plural noun by "of", as "handovers
of 800 and 650" would, so each is a handover of its own on its own day, however far
from the noun it stands. "of another 800" is a count as "of 800" is. Handovers that are
only planned stay unread.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

OPENING = "Ukraine received 900 bodies on 28 April. "


@pytest.mark.parametrize(
    "later",
    [
        "Two more handovers followed: on 3 May, of 800 bodies, and on 9 May, of 650 bodies.",
        "Two more handovers followed: on 3 May, of another 800, and on 9 May, of 650 more.",
        "Further repatriations came: on 3 May, of 800, and on 9 May, of 650.",
    ],
)
def test_each_item_on_its_day(recap: Recap, later: str) -> None:
    """Each dated item is a handover of the dead to Ukraine on its own day."""
    legs = recap(OPENING + later)
    assert {(p, c) for p, s, r, k, c in legs if (s, r, k) == ("RUS", "UKR", "remains")} == {
        ("2025-04-28", "900"),
        ("2025-05-03", "800"),
        ("2025-05-09", "650"),
    }


@pytest.mark.parametrize(
    "later",
    [
        "Two more handovers are planned: on 3 May, of 800 bodies, and on 9 May, of 650 bodies.",
        "Two more handovers are planned: on 3 May, of another 800, and on 9 May, of 650 more.",
    ],
)
def test_planned_items_unread(recap: Recap, later: str) -> None:
    """A plan's dated items move no one: only the handover told before is read."""
    assert {c for *_, c in recap(OPENING + later)} == {"900"}


@given(n=st.integers(min_value=2, max_value=1700), m=st.integers(min_value=2, max_value=1700))
@settings(max_examples=10, deadline=None)
def test_any_sizes(recap: Recap, n: int, m: int) -> None:
    """Whatever the sizes, each goes to its own day."""
    legs = recap(
        f"{OPENING}Two more handovers followed: on 3 May, of another {n:,}, and on 9 May,"
        f" of {m:,} more."
    )
    got = {(p, c) for p, *_, c in legs}
    assert {("2025-05-03", f"{n:,}"), ("2025-05-09", f"{m:,}")} <= got
