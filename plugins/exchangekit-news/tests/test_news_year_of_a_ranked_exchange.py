"""A year after an ordinal ranks an exchange; it does not make a later figure a year's sum.

"The swap, the second this year after 50 prisoners were exchanged for 50 on Jan. 8,
...": "this year" belongs to "the second", so the 50 each way are the size of the
swap of 8 January, not a running total for the year. A figure the year dates in its
own clause ("has brought home 1,200 prisoners this year") stays a tally.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Receipts = set[tuple[str, str, str]]
Receive = Callable[[str], tuple[Receipts, Receipts]]


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(2, 900),
    rank=st.sampled_from(["second", "third", "fourth"]),
    swap=st.sampled_from(["", " swap", " exchange"]),
    year=st.sampled_from(["this year", "in 2025"]),
)
def test_news_figure_after_a_ranked_year_is_one_swap(
    receipts: Receive, n: int, rank: str, swap: str, year: str
) -> None:
    moved, tallied = receipts(
        f"KYIV, Nov 20 - The handover, the {rank}{swap} {year} after {n:,} prisoners "
        f"were exchanged for {n:,} on Oct. 3, came as fighting raged near Pokrovsk."
    )
    assert ("UKR", "prisoners_of_war", f"{n:,}") in moved
    assert ("RUS", "prisoners_of_war", f"{n:,}") in moved
    assert not any(count == f"{n:,}" for _, _, count in tallied)


def test_news_year_of_the_figures_own_clause_stays_a_tally(receipts: Receive) -> None:
    moved, tallied = receipts("KYIV, Nov 20 - Ukraine has brought home 1,200 prisoners this year.")
    assert ("UKR", "prisoners_of_war", "1,200") in tallied
    assert not moved
