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


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said Moscow would quietly hand over 400 bodies in the coming days.",
        "Officials said Kyiv will formally release 120 Russian soldiers on Friday.",
        "Medinsky said Russia could unilaterally return 2,000 bodies next week.",
    ],
)
def test_an_adverb_in_ly_keeps_the_modal_of_a_plan(legs_of: Callable[..., Any], text: str) -> None:
    """A manner adverb between the modal and the verb does not make the plan done."""
    assert legs_of(text) == {}


def test_an_adverb_in_ly_without_a_modal_is_still_done(legs_of: Callable[..., Any]) -> None:
    """The guard: "unilaterally returned" with no modal is a handover that took place."""
    found = legs_of("On Friday Russia unilaterally returned 50 bodies of Ukrainian soldiers.")
    assert {c.best for counts in found.values() for c in counts} == {50}


@given(
    st.sampled_from(["would", "will", "could", "might"]),
    st.sampled_from(["unilaterally", "quietly", "formally", "swiftly", "separately"]),
    st.integers(min_value=2, max_value=9000),
)
def test_a_planned_handover_with_any_adverb_moves_no_one(
    legs_of: Callable[..., Any], modal: str, adverb: str, n: int
) -> None:
    """Whatever the modal, the adverb and the figure, the planned handover is not read."""
    text = f"Officials said Russia {modal} {adverb} return {n:,} bodies in the coming week."
    assert legs_of(text) == {}


@given(
    st.sampled_from(["will", "would", "is to", "plans to", "could"]),
    st.sampled_from(["", " of its own", " of its own servicemen"]),
    st.integers(min_value=2, max_value=3000),
)
def test_participle_of_a_planned_handover_is_planned(
    legs_of: Callable[..., Any], modal: str, own: str, n: int
) -> None:
    """A participle of receiving after a planned handover is planned too: nobody moves."""
    text = f"Under the deal, Kyiv {modal} hand over {n:,} soldiers, receiving {n - 1:,}{own} back."
    assert legs_of(text) == {}
