"""People said to be on a craft are its load, not a handover of the exchange the sentence names.

"A swap was called off after the plane crashed, with Moscow saying that 65 prisoners were
on board": the reported clause says where its subject was; nobody was handed over, so the
exchange named before the "with" clause must not lend the figure a handover.  A reported
clause whose own verb hands people over ("with Kyiv saying that 120 had been freed") is
still read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = Callable[..., dict[Any, Any]]


@pytest.mark.parametrize(
    "text",
    [
        "A handover planned for Friday never happened after the helicopter came down, with "
        "Russian officials saying that 12 Ukrainian soldiers were aboard.",
        # harder: a hedging adverb after the copula, "of war" in the noun group
        "The exchange was postponed when the aircraft crashed, with the ministry claiming "
        "that 30 Ukrainian prisoners of war were still on board.",
    ],
)
def test_news_load_on_a_craft_is_no_handover(text: str, legs_of: Legs) -> None:
    assert legs_of(text) == {}


def test_news_reported_clause_with_a_verb_of_freeing_is_still_read(legs_of: Legs) -> None:
    # near-miss: the reported clause's own verb hands the figure over
    text = (
        "The swap went ahead on Monday, with Kyiv saying that 120 Ukrainian soldiers had "
        "been freed."
    )
    assert sum(len(v) for v in legs_of(text).values()) == 1


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    count=st.integers(min_value=2, max_value=400),
    aboard=st.sampled_from(["aboard", "on board", "still on board"]),
    speech=st.sampled_from(["saying", "claiming"]),
)
def test_news_no_load_on_board_is_read_as_moved(
    legs_of: Legs, count: int, aboard: str, speech: str
) -> None:
    text = (
        "A prisoner exchange due that day did not go ahead after a transport plane "
        f"crashed, with Moscow {speech} that {count} Ukrainian prisoners of war were "
        f"{aboard}."
    )
    assert legs_of(text) == {}
