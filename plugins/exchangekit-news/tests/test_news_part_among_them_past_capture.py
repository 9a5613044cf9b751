"""A part "among them" whose relative clause tells its capture is the returnees' past.

"Some 90 soldiers came home on Friday. Among them are 25 marines who were taken
prisoner at the port" counts people of the group just told: their capture is how
they came to be held, not a count of captives a side claims. The part is no claim.
A count of captives told on its own ("Russia says it has taken 25 marines prisoner")
is still read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyCategory, Count


@pytest.mark.parametrize(
    "text",
    [
        "On Friday Ukraine brought 90 soldiers home from Russian captivity. Among them "
        "are 25 marines who were taken prisoner at the port of Berdiansk, Ukraine's "
        "ombudsman said.",
        "On Friday 64 defenders were freed from Russian captivity. Among them were 19 "
        "border guards who had been captured on Snake Island, Ukraine's ombudsman said.",
        "On Friday Ukraine brought 150 soldiers home from Russian captivity. Among those "
        "are 30 sailors who were captured in Mariupol, Ukraine's ombudsman said.",
    ],
)
def test_news_part_among_them_with_past_capture_is_no_claim(
    news: Callable[..., Any], text: str
) -> None:
    result = news(text, published="2025-06-21")
    assert result.claims == []
    assert len(result.exchanges) == 1


def test_news_captives_told_on_their_own_are_still_read(news: Callable[..., Any]) -> None:
    # near-miss: a count of captives with no group before it stays a claim
    result = news(
        "Ukraine's army said on Friday it had taken 25 Russian marines prisoner near Kupiansk.",
        published="2025-06-21",
    )
    assert [(c.subject.code, c.category, c.count) for c in result.claims] == [
        ("RUS", CasualtyCategory.CAPTURED, Count.parse("25"))
    ]


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=2, max_value=1700), st.integers(min_value=2, max_value=60))
def test_news_part_among_them_any_figures(news: Callable[..., Any], whole: int, part: int) -> None:
    """Whatever the sizes, a captured part among returnees is no claim."""
    result = news(
        f"On Friday Ukraine brought {whole:,} soldiers home from Russian captivity. "
        f"Among them are {part:,} marines who were taken prisoner in Mariupol, "
        "Ukraine's ombudsman said.",
        published="2025-06-21",
    )
    assert result.claims == []
