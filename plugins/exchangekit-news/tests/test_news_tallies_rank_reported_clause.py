"""A rank told in an earlier clause does not make a later "since" rank one swap.

"Officials call Friday's the 40th, and say that since 2022 3,100 have come home":
the ordinal ranks the swap in its own clause; the "since" after "say that" starts
the span of a running total. "The 40th swap since the invasion freed 150" still
ranks the one swap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["40th", "62nd", "71st", "third"]),
    st.sampled_from([", and say that", " and said that", ", and add that"]),
    st.sampled_from(["since the start of the invasion", "since 2022", "since February 2022"]),
    st.integers(min_value=1200, max_value=9000),
)
def test_news_a_since_after_a_new_reported_clause_counts_a_total(
    receipts: Callable[..., Any], rank: str, joint: str, since: str, amount: int
) -> None:
    text = (
        f"Officials in Kyiv call Friday's the {rank}{joint} {since} {amount:,} "
        "Ukrainians have returned from captivity."
    )
    transfers, tallies = receipts(text)
    # a running total, never one handover of that size
    assert ("UKR", "other", f"{amount:,}") in tallies
    assert not any(count == f"{amount:,}" for _, _, count in transfers)


def test_news_a_rank_right_before_since_still_ranks_one_swap(
    receipts: Callable[..., Any],
) -> None:
    # near miss: "the 40th swap since the invasion" is one exchange, not a total
    transfers, tallies = receipts(
        "The 40th swap since the invasion, on Friday, freed 150 Ukrainian soldiers."
    )
    assert ("UKR", "prisoners_of_war", "150") in transfers
    assert not tallies
