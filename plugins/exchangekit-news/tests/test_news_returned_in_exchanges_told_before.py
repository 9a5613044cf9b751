"""People who came home "in them" (or "in those swaps"), exchanges named in the plural.

"The sides have held dozens of swaps since 2022. Officials say about 2,800 have come
home in them": the pronoun stands for many exchanges, so the figure is their sum, a
running total, never one handover's size. "in it" after one swap keeps a handover.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Receipts = set[tuple[str, str, str]]
Receive = Callable[[str], tuple[Receipts, Receipts]]


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(2_200, 9_000),
    swaps=st.sampled_from(["exchanges", "swaps", "prisoner exchanges", "handovers"]),
    verb=st.sampled_from(["have come home", "have returned", "have been freed"]),
    back=st.sampled_from(["them", "those exchanges", "these swaps"]),
)
def test_news_return_in_exchanges_told_before_is_no_handover(
    receipts: Receive, n: int, swaps: str, verb: str, back: str
) -> None:
    moved, _ = receipts(
        f"KYIV, Nov 20 - Since 2022 the two countries have carried out dozens of {swaps}. "
        f"Kyiv says some {n:,} Ukrainians {verb} in {back}."
    )
    assert not any(f"{n:,}" in count for _, _, count in moved)


def test_news_return_in_them_is_a_running_total(receipts: Receive) -> None:
    moved, tallied = receipts(
        "KYIV, Nov 20 - Since February 2022 the sides have held more than 60 swaps. "
        "The headquarters says 4,150 Ukrainians have come home in them."
    )
    assert ("UKR", "other", "4,150") in tallied
    assert not any(count == "4,150" for _, _, count in moved)


def test_news_return_in_them_in_one_sentence(receipts: Receive) -> None:
    moved, _ = receipts(
        "KYIV, Nov 20 - The two sides have staged dozens of exchanges this year, "
        "and roughly 3,300 Ukrainians returned in them."
    )
    assert not any("3,300" in count for _, _, count in moved)


def test_news_return_in_one_swap_stays_a_handover(receipts: Receive) -> None:
    moved, _ = receipts(
        "KYIV, Nov 20 - Russia and Ukraine held a prisoner swap on Tuesday. "
        "The headquarters said 84 Ukrainian soldiers came home in it."
    )
    assert ("UKR", "prisoners_of_war", "84") in moved
