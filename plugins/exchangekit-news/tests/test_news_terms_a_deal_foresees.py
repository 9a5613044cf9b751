"""People a deal "foresees" or "envisages" being swapped are its terms, not a handover.

"The accord foresees 800 captives from each army being traded" says what was agreed,
whatever the tense of the verb: no one moved, so neither a transfer nor a running total
is read, even with "in stages" after it. The swap done in the same sentence is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text",
    [
        "The accord signed in Doha foresees 800 captives from each army being traded.",
        "The accord signed in Doha, officials said, foresees 800 captives on each side "
        "being traded in several rounds.",
        "Last month's accord envisaged 800 soldiers on each side being swapped in stages.",
    ],
)
def test_news_a_deals_foreseen_figure_moves_no_one(receipts: Callable[..., Any], text: str) -> None:
    moved, tallied = receipts(text)
    assert not any(count == "800" for _, _, count in moved)
    assert not any(count == "800" for _, _, count in tallied)


@given(
    n=st.integers(min_value=20, max_value=2_000),
    verb=st.sampled_from(["foresees", "foresaw", "envisages", "envisaged"]),
)
def test_news_a_foreseen_figure_is_never_done(
    receipts: Callable[..., Any], n: int, verb: str
) -> None:
    figure = f"{n:,}"
    moved, tallied = receipts(
        f"The accord {verb} {figure} prisoners of war on each side being traded in stages."
    )
    assert not any(count == figure for _, _, count in moved | tallied)


def test_news_the_swap_done_beside_the_terms_is_kept(receipts: Callable[..., Any]) -> None:
    moved, _ = receipts(
        "On Friday Russia handed 75 prisoners of war to Ukraine under an accord that "
        "foresees 800 on each side being traded."
    )
    assert ("UKR", "prisoners_of_war", "75") in moved
    assert not any(count == "800" for _, _, count in moved)
