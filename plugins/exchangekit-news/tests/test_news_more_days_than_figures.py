"""A run of ordinal days told with a list of fewer figures: no figure takes a day.

"In May, Kyiv got back 120 and 45 soldiers on the 3rd, the 10th and the 17th": three
days against two sizes cannot pair, and no one of the days is the one beside a figure,
so a figure is read with the month at most, never with a day the text does not give it.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]

_MONTHS = ["March", "May", "June", "August", "September"]


def _ordinal(day: int) -> str:
    """ "the 3rd", "the 21st", "the 14th": a day as news prose writes it bare."""
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13) else 0, "th")
    return f"the {day}{suffix}"


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(min_value=10, max_value=99),
    second=st.integers(min_value=100, max_value=400),
    month=st.sampled_from(_MONTHS),
    days=st.lists(st.integers(min_value=1, max_value=28), min_size=3, max_size=4, unique=True),
    form=st.sampled_from(
        [
            "In {m}, Kyiv got back {a} and {b} soldiers on {d}.",
            "In {m}, on {d}, {a} and {b} soldiers came home to Ukraine.",
            "{m} brought two swaps of {a} and {b} Ukrainian soldiers respectively, on {d}.",
        ]
    ),
)
def test_no_figure_takes_a_day_from_a_longer_list(
    recap: Callable[[str], Legs], first: int, second: int, month: str, days: list[int], form: str
) -> None:
    """Whatever is read is dated to the month alone, never to one of the listed days."""
    ordinals = [_ordinal(d) for d in sorted(days)]
    listed = ", ".join(ordinals[:-1]) + f" and {ordinals[-1]}"
    text = form.format(m=month, a=first, b=second, d=listed)
    assert all(len(period) == len("2025-05") for period, *_ in recap(text))


def test_a_day_told_beside_each_figure_keeps_it(recap: Callable[[str], Legs]) -> None:
    """Near miss: "108 came back on the 17th and 32 on the 6th" gives each figure its day."""
    text = "In October, 108 Ukrainians came back on the 17th and 32 on the 6th."
    assert ("2025-10-17", "RUS", "UKR", "other", "108") in recap(text)


def test_as_many_days_as_figures_still_pair(recap: Callable[[str], Legs]) -> None:
    """Near miss: two sizes and two days pair in order."""
    text = "June saw two swaps, of 150 and 210 Ukrainian soldiers, on the 5th and the 19th."
    periods = {(p, n) for p, _, _, _, n in recap(text)}
    assert periods == {("2025-06-05", "150"), ("2025-06-19", "210")}
