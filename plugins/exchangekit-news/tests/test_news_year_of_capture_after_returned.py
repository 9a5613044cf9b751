"""A year after "captured" dates the people's capture, not the span of their return.

"On July 23 a swap brought back 250 defenders, men captured in 2022 and 2023": the
years say when the men were taken, so the 250 are that day's handover, not a tally
over the years. "has brought home 1,200 prisoners in 2022" is still a year's tally.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Receipts = set[tuple[str, str, str]]
Receive = Callable[[str], tuple[Receipts, Receipts]]


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(30, 900),
    verb=st.sampled_from(["brought back", "returned", "freed"]),
    men=st.sampled_from(["men", "soldiers", "fighters"]),
    taken=st.sampled_from(["captured", "detained"]),
    year=st.sampled_from(["in 2022", "in 2023", "in 2022 and 2023"]),
)
def test_news_year_of_capture_leaves_one_handover(
    receipts: Receive, n: int, verb: str, men: str, taken: str, year: str
) -> None:
    moved, tallied = receipts(
        f"KYIV, Nov 20 - On Nov. 14, an exchange that Kyiv said involved {n:,} Ukrainian "
        f"defenders {verb} {men} {taken} {year}."
    )
    assert ("UKR", "prisoners_of_war", f"{n:,}") in moved
    assert not any(count == f"{n:,}" for _, _, count in tallied)


def test_news_year_of_capture_after_the_people(receipts: Receive) -> None:
    moved, tallied = receipts(
        "KYIV, Nov 20 - On Nov. 14, an exchange that Kyiv said involved 175 Ukrainian "
        "defenders brought back men captured in 2022 and 2023."
    )
    assert ("UKR", "prisoners_of_war", "175") in moved
    assert not tallied


def test_news_year_of_the_return_stays_a_tally(receipts: Receive) -> None:
    moved, tallied = receipts("KYIV, Nov 20 - Ukraine has brought home 1,200 prisoners in 2024.")
    assert ("UKR", "prisoners_of_war", "1,200") in tallied
    assert not moved
