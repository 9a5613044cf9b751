"""A loss "put between" two figures is a claim of that range, as "put at" one figure is.

"Russian military deaths are hard to pin down; the institute puts them between 80,000
and 120,000": the range is the value of the deaths "them" takes up, as in "puts them at
100,000"; so is "puts Russian deaths between A and B". A verb of putting before a range
that no loss noun owns ("put the prisoners between two lines") is no claim.
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

_DAY = date(2025, 9, 30)


def _claims(news: News, text: str) -> set[tuple[str, CasualtyCategory, Count]]:
    return {(c.subject.code, c.category, c.count) for c in news(text, published=_DAY).claims}


@pytest.mark.parametrize(
    "text",
    [
        "Russian military deaths are hard to pin down; the institute puts them between "
        "80,000 and 120,000.",
        "Russian military deaths are hard to pin down, and the institute put them between "
        "80,000 and 120,000 in its latest paper.",
        "The institute puts Russian military deaths between 80,000 and 120,000.",
    ],
)
def test_news_deaths_put_between_two_figures_are_a_range(news: News, text: str) -> None:
    found = _claims(news, text)
    assert found == {("RUS", CasualtyCategory.KILLED, Count.parse("80,000-120,000"))}


@pytest.mark.parametrize(
    "text",
    [
        "The guards put them between 20 and 30 to a cell, the former prisoners said.",
        "The families of the missing are hard to reach; officials put them between the two lists.",
    ],
)
def test_news_put_between_without_a_loss_is_no_claim(news: News, text: str) -> None:
    """The near miss: nothing lost is counted, so no range is a toll."""
    assert _claims(news, text) == set()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(low=st.integers(min_value=10, max_value=90), width=st.integers(min_value=5, max_value=60))
def test_news_put_between_for_any_range(news: News, low: int, width: int) -> None:
    a, b = low * 1_000, (low + width) * 1_000
    text = f"Ukrainian military deaths are harder to bound; we put them between {a:,} and {b:,}."
    found = _claims(news, text)
    assert found == {("UKR", CasualtyCategory.KILLED, Count.parse(f"{a:,}-{b:,}"))}
