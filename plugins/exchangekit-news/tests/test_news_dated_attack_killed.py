"""An attack named by its day ("the explosion of 29 July killed ...") is one event's toll.

"Kyiv's ombudsman said the blast of 12 March killed more than 40 prisoners of war": the
day after the attack noun makes "the blast" one event, as "a blast" does, so its dead
are news of that attack, not a side's claim of war losses. A toll of strikes over a
span ("strikes since March have killed 400 soldiers") is still read as a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyCategory


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's ombudsman said the blast of 12 March killed more than 40 prisoners of war.",
        "The Ukrainian military said the explosion on 3 August killed 27 Ukrainian prisoners.",
        "Kyiv's human rights commissioner said the strike of 9 May killed 61 prisoners of "
        "war held at the camp.",
    ],
)
def test_news_dated_attack_toll_is_no_claim(news: Callable[..., Any], text: str) -> None:
    result = news(text, published="2025-10-18")
    assert result.claims == []


def test_news_strikes_over_a_span_still_claim(news: Callable[..., Any]) -> None:
    # near-miss: the losses of a side told by its official over a span stay a claim
    result = news(
        "Ukraine's military said on Friday that Russia had lost 4,000 soldiers killed since "
        "3 August.",
        published="2025-10-18",
    )
    assert [c.category for c in result.claims] == [CasualtyCategory.KILLED]


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=1700),
    st.sampled_from(["blast", "explosion", "strike"]),
    st.integers(min_value=1, max_value=28),
)
def test_news_dated_attack_any_toll(news: Callable[..., Any], n: int, noun: str, day: int) -> None:
    """Whatever the toll, the noun and the day, one dated attack's dead are no claim."""
    result = news(
        f"Ukraine's ombudsman said the {noun} of {day} July killed {n:,} prisoners of war.",
        published="2025-10-18",
    )
    assert result.claims == []
