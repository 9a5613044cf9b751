"""The year people were captured in is no span a handover's figure sums over.

"On 14 May Kyiv got back 180 soldiers captured in 2022": the year dates the capture
told in the participle clause, so the figure is the size of that day's handover, not a
running total since 2022. A year that follows the verb of return itself ("brought
home 3,100 people from captivity in 2025") still makes a year's total.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Moved = set[tuple[str, str, str]]
Split = Callable[[str], tuple[Moved, Moved]]


@pytest.mark.parametrize(
    "text",
    [
        "On 14 May Kyiv got back 180 soldiers captured in 2022.",
        "On 14 May Ukraine brought home 180 servicemen detained in 2023.",
        "On 14 May Russia returned 180 Ukrainian soldiers captured in 2022 to Ukraine.",
    ],
)
def test_news_capture_year_leaves_one_handover(receipts: Split, text: str) -> None:
    transfers, tallies = receipts(text)
    assert ("UKR", "prisoners_of_war", "180") in transfers
    assert not any(count == "180" for *_, count in tallies)


def test_news_year_of_return_is_still_a_total(receipts: Split) -> None:
    """The year told of the return itself still sums the year's handovers."""
    transfers, tallies = receipts("Ukraine brought home 3,100 people from captivity in 2025.")
    assert ("UKR", "other", "3,100") in tallies
    assert not transfers


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_700),
    year=st.sampled_from(["2022", "2023", "2024"]),
    verb=st.sampled_from(["captured", "detained"]),
)
def test_news_capture_year_never_makes_a_tally(
    receipts: Split, n: int, year: str, verb: str
) -> None:
    transfers, tallies = receipts(
        f"On 3 June Ukraine brought home {n:,} soldiers {verb} in {year}."
    )
    assert transfers == {("UKR", "prisoners_of_war", f"{n:,}")}
    assert not tallies
