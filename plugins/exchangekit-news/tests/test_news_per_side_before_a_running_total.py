"""A verbless "N each way" carries on the swap told before, even when a total is raised after it.

"On 5 June 120 were swapped each way. On 18 June there followed a further 95 each way,
bringing the number freed this year past 1,100": the participle after the comma raises a
running total, and the verb of freeing inside it counts the total's people, not the 95; the
per-side figure before the comma still has no verb of its own and carries on the swap just
told, both ways, on its own day. A figure that has its own verb before the participle keeps
the reading it had, and a follow-up that gives no day takes none from the swap before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

OPENING = "On 5 June Russia and Ukraine exchanged 120 prisoners each. "


@pytest.mark.parametrize(
    ("later", "day", "count"),
    [
        (
            "On 18 June there followed a further 95 each way, "
            "bringing the number freed this year past 1,100.",
            "2025-06-18",
            "95",
        ),
        (
            "On 19 June there followed another 60 each way, "
            "taking the total exchanged since January to 900.",
            "2025-06-19",
            "60",
        ),
        (
            "A week later, on 12 June, 75 each way, "
            "raising the number of Ukrainians home this year to 1,400.",
            "2025-06-12",
            "75",
        ),
        (
            # the people of the total are one side's: still no verb for the figure before
            "On 21 June a further 80 each way followed, "
            "pushing the count of Ukrainians freed this year beyond 1,300.",
            "2025-06-21",
            "80",
        ),
    ],
)
def test_per_side_figure_before_a_raised_total(
    recap: Recap, later: str, day: str, count: str
) -> None:
    """Both ways of the swap told before, at the per-side figure's own day."""
    legs = recap(OPENING + later)
    got = {(p, s, r) for p, s, r, _, c in legs if c == count}
    assert got == {(day, "RUS", "UKR"), (day, "UKR", "RUS")}


@given(
    first=st.integers(min_value=20, max_value=400),
    more=st.integers(min_value=10, max_value=300),
    total=st.integers(min_value=2200, max_value=9000),
    day=st.integers(min_value=8, max_value=28),
    participle=st.sampled_from(["bringing", "taking", "raising", "pushing"]),
)
@settings(max_examples=10, deadline=None)
def test_any_sizes_and_participle(
    recap: Recap, first: int, more: int, total: int, day: int, participle: str
) -> None:
    """Whatever the sizes, day and participle, the follow-up is read both ways on its day."""
    assume(first != more)  # the legs are picked out by their count
    text = (
        f"On 5 March Russia and Ukraine exchanged {first:,} prisoners each. "
        f"On {day} March there followed a further {more:,} each way, "
        f"{participle} the number freed this year to {total:,}."
    )
    legs = recap(text)
    got = {(p, s, r) for p, s, r, _, c in legs if c == f"{more:,}"}
    assert got == {(f"2025-03-{day:02d}", "RUS", "UKR"), (f"2025-03-{day:02d}", "UKR", "RUS")}


def test_own_verb_before_the_participle_keeps_its_way(recap: Recap) -> None:
    """A figure with a verb of its own before the participle goes only that verb's way."""
    legs = recap(
        OPENING
        + "On 18 June Ukraine received a further 95 soldiers, bringing the number freed past 1,100."
    )
    assert {(p, s, r) for p, s, r, _, c in legs if c == "95"} == {("2025-06-18", "RUS", "UKR")}


def test_undated_follow_up_takes_no_earlier_day(recap: Recap) -> None:
    """A follow-up that gives no day is not put on the day of the swap before it."""
    legs = recap(
        OPENING + "There followed a further 95 each way, bringing the number freed past 1,100."
    )
    assert not {p for p, _, _, _, c in legs if c == "95"} & {"2025-06-05"}
