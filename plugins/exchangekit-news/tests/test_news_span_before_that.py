""" "A month before that," opens a clause as "a month earlier," does: counted back.

"On October 20, 60 soldiers came home. A month before that, 40 were exchanged for
40": the earlier swap is its own exchange, a month (or the weeks told) before the one
just told, not folded into it. "A month before that swap" names what it counts from
and is not read this way.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_SPANS = {"A month": "2025-09", "Two months": "2025-08", "A week": "2025-10-13"}


def _periods(legs: Legs, count: str) -> set[tuple[str, str, str]]:
    return {(period, s, r) for period, s, r, _, c in legs if c == count}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(span=st.sampled_from(sorted(_SPANS)), n=st.integers(min_value=30, max_value=400))
def test_span_before_that_counts_back(recap: Recap, span: str, n: int) -> None:
    text = (
        "On October 20, 60 Ukrainian soldiers came home. "
        f"{span} before that, a swap of {n} for {n} took place."
    )
    reached = _SPANS[span]
    assert _periods(recap(text), str(n)) == {(reached, "RUS", "UKR"), (reached, "UKR", "RUS")}


@pytest.mark.parametrize("after", ["swap", "exchange"])
def test_span_before_a_named_event_is_not_counted_back(recap: Recap, after: str) -> None:
    """Near miss: "a month before that swap" dates from an event it names, not read here."""
    text = (
        "On October 20, 60 Ukrainian soldiers came home. "
        f"A month before that {after}, 40 were exchanged for 40."
    )
    assert not any(period == "2025-09" for period, *_ in recap(text))
