"""A handover under a counterfactual "would have seen/let/allowed" never happened.

"A deal that would have seen 300 captives released" tells of an exchange that fell through:
no transfer is read, while the plain past "saw 90 released" still is.
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
        "Kyiv blamed Moscow for sinking a pact that would have seen 250 detainees freed.",
        "The failed agreement could have seen 400 prisoners returned to each side in March.",
        "Officials said the truce might have let 60 wounded captives go home before winter.",
    ],
)
def test_counterfactual_handover_is_not_read(legs_of: Callable[..., Any], text: str) -> None:
    """Each counterfactual wording moves no one."""
    assert legs_of(text) == {}


def test_plain_past_saw_is_still_read(legs_of: Callable[..., Any]) -> None:
    """Without the modal perfect, "saw N released" is an exchange that took place."""
    found = legs_of("The swap on Thursday saw 90 prisoners released by each side.")
    assert {c.best for counts in found.values() for c in counts} == {90}


@given(
    st.sampled_from(["would", "could", "might", "should"]),
    st.integers(min_value=2, max_value=3000),
)
def test_any_modal_perfect_blocks_the_handover(
    legs_of: Callable[..., Any], modal: str, n: int
) -> None:
    """Whatever the modal and the figure, the counterfactual handover is not read."""
    text = f"The deal that collapsed {modal} have seen {n:,} soldiers released by each side."
    assert legs_of(text) == {}
