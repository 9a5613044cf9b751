"""A date in an aside likening the swap to another (", an echo of May's swap,") dates neither.

"On June 20, 390 came home, a repeat of the swap of May 1, and Russia got the same number
back": the aside names another exchange, so its day is no date of the figures outside
it; both sides' figures stay on June 20. A date outside such an aside keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

DatedLegs = Callable[[str, date], set[tuple[str, str, str, str]]]
PUBLISHED = date(2025, 9, 1)


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    aside=st.sampled_from(
        [
            "an echo of the swap of May 1",
            "a near repeat of the exchange on 3 May",
            "a mirror of May's swap",
        ]
    ),
)
def test_the_likened_swaps_date_dates_neither_side(
    n: int, aside: str, dated_legs: DatedLegs
) -> None:
    """Whatever the size and the likeness, both sides' figures keep the sentence's day."""
    text = (
        f"On July 9, {n:,} Ukrainians were handed over by Russia, {aside}, "
        "and Moscow said it got back the same number."
    )
    found = dated_legs(text, PUBLISHED)
    assert ("2025-07-09", "RUS", "UKR", f"{n:,}") in found
    assert all(period == "2025-07-09" for period, *_ in found)


def test_an_aside_after_the_last_figure_changes_nothing(dated_legs: DatedLegs) -> None:
    """Near miss: with no figure after it, the aside dated nothing before and still does not."""
    text = "On July 9, 215 Ukrainians were handed over by Russia, a replay of the swap of May 1."
    assert dated_legs(text, PUBLISHED) == {("2025-07-09", "RUS", "UKR", "215")}


def test_a_date_outside_any_likeness_still_dates_the_figure_after_it(dated_legs: DatedLegs) -> None:
    """Near miss: a clause of its own on another day dates its own figure."""
    text = (
        "On July 9, 215 Ukrainians were handed over by Russia, "
        "and on July 11 Russia got back 215 of its soldiers."
    )
    assert ("2025-07-11", "UKR", "RUS", "215") in dated_legs(text, PUBLISHED)
