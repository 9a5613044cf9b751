"""Sailors of merchant ships are no soldiers: "110 of its sailors from merchant ships".

"sailors" counts prisoners of war (navy crews) unless the phrase after it says the ships
were merchant, civilian, commercial or cargo ones; then the count is of no one kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On October 17 Russia received 110 of its sailors from merchant ships, according "
            "to Kyiv.",
            {("UKR", "RUS", "other"): 110},
        ),
        (
            "Russia received 72 seamen from cargo vessels on Monday.",
            {("UKR", "RUS", "other"): 72},
        ),
        # navy sailors stay prisoners of war
        (
            "Ukraine received 40 sailors from the navy on Monday.",
            {("RUS", "UKR", "prisoners_of_war"): 40},
        ),
    ],
)
def test_merchant_crews(legs: Callable[..., Any], text: str, expected: dict[Any, int]) -> None:
    """Merchant crews take no military kind; other sailors keep it."""
    assert legs(text) == {key: Count.exact(n) for key, n in expected.items()}


@given(
    st.integers(min_value=2, max_value=400),
    st.sampled_from(["sailors", "seamen"]),
    st.sampled_from(["merchant ships", "civilian vessels", "commercial ships", "the cargo ships"]),
    st.sampled_from(["from", "of"]),
)
def test_merchant_crews_any_wording(
    legs: Callable[..., Any], n: int, noun: str, ships: str, link: str
) -> None:
    """Whatever the count and wording, crews of merchant ships are never prisoners of war."""
    got = legs(f"On Monday Russia received {n} {noun} {link} {ships}, officials said.")
    assert got == {("UKR", "RUS", "other"): Count.exact(n)}
