"""Nationals of a country that is no side: freed by one side, not read as sent to the other.

"Two Colombian nationals who had fought for Ukraine were released by Russia": they were
freed, but the sentence does not say they went to Ukraine; such people are often flown
home to their own country. The other side is no receiver to infer for them, so nothing
is read. "Ukrainian nationals" or "Kyiv citizens" are a side's own people, read as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

_PUBLISHED = date(2026, 2, 13)


def _legs(result: Any) -> set[tuple[str, str, Count]]:
    return {
        (t.sender.code, t.receiver.code, t.count) for e in result.exchanges for t in e.transfers
    }


@pytest.mark.parametrize(
    "text",
    [
        "Two Colombian nationals who had fought for Ukraine were released by Russia on Monday, "
        "their embassy said.",
        "Russia freed three Nepali citizens on Monday along with the Ukrainian soldiers.",
        "Four Indian nationals who had served in the Russian army were released by Ukraine on "
        "Monday.",
    ],
)
def test_nationals_of_no_side_are_not_sent_to_the_other_side(
    news: Callable[..., Any], text: str
) -> None:
    assert _legs(news(text, published=_PUBLISHED)) == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Russia freed two Ukrainian nationals on Monday.", "2"),
        ("Russia released three Kyiv citizens on Monday.", "3"),
    ],
)
def test_a_sides_own_nationals_still_go_to_it(
    news: Callable[..., Any], text: str, count: str
) -> None:
    assert _legs(news(text, published=_PUBLISHED)) == {("RUS", "UKR", Count.parse(count))}


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=2, max_value=1_700))
def test_never_a_leg_to_a_side(news: Callable[..., Any], n: int) -> None:
    text = f"Russia freed {n:,} Colombian nationals who had fought for Ukraine on Monday."
    assert _legs(news(text, published=_PUBLISHED)) == set()
