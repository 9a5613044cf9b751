"""Losses described by an aside, then valued with "of", are a claim of that value.

"Kyiv reported Russian losses, a total that adds the wounded to the dead, of 40,000":
the aside set off by commas and opening on an article describes the losses, and the
figure after it is their value, as in "reported Russian losses of 40,000". The
aside's own commas ("a sum of killed, wounded and captured") do not make its last
kind the head. A figure of things ("of 2,000 tanks") is still no toll.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyCategory, Count

News = Callable[..., Any]

_DAY = date(2026, 3, 12)


def _claims(news: News, text: str) -> set[tuple[str, CasualtyCategory, Count]]:
    return {(c.subject.code, c.category, c.count) for c in news(text, published=_DAY).claims}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv's General Staff reported Russian personnel losses, a sum of killed, wounded "
        "and captured, of 412,300 on 10 March.",
        "The Ukrainian command published Russian losses, a total that adds the wounded to "
        "the dead, of 412,300 on Tuesday.",
    ],
)
def test_news_losses_described_by_an_aside_take_the_value_after_it(news: News, text: str) -> None:
    found = _claims(news, text)
    assert found == {("RUS", CasualtyCategory.TOTAL_LOSSES, Count.parse("412,300"))}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv's General Staff reported Russian equipment losses, a sum of tanks and guns, "
        "of 2,000 vehicles on 10 March.",
        "The ministry described Russian losses, a grim subject, of which little is known.",
    ],
)
def test_news_described_losses_without_a_toll_is_no_claim(news: News, text: str) -> None:
    """The near miss: the value counts things, or no value follows the aside."""
    assert _claims(news, text) == set()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=1_000, max_value=999_999))
def test_news_described_losses_for_any_value(news: News, n: int) -> None:
    text = (
        f"Kyiv's General Staff reported Russian personnel losses, a sum of killed, wounded "
        f"and captured, of {n:,} on 10 March."
    )
    found = _claims(news, text)
    assert found == {("RUS", CasualtyCategory.TOTAL_LOSSES, Count.exact(n))}
