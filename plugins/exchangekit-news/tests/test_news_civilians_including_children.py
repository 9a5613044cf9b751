"""Civilians "including children" are still civilians.

Children are civilians, so a count of civilians whose aside or second noun names
children ("640 civilians, including children") counts people of one kind, the
civilians, and not a mixed group. A count of prisoners or soldiers that
includes children still mixes two kinds and stays of no one kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

Read = Callable[..., Any]

_CIVILIANS = PersonCategory.CIVILIANS
_OTHER = PersonCategory.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday 640 civilians, including children, came back to Ukraine from Russia.",
        "Russia handed 640 civilians, among them children, back to Ukraine on Tuesday.",
        "On Tuesday Ukraine received 640 civilians and children from Russia.",
    ],
)
def test_news_civilians_including_children_are_civilians(news: Read, text: str) -> None:
    assert news(text).legs_by_category() == {("RUS", "UKR", _CIVILIANS, Count.exact(640))}


def test_news_a_running_total_of_civilians_including_children_counts_civilians(
    news: Read,
) -> None:
    result = news(
        "The ombudsman said 2,310 civilians, including children, have been returned "
        "to Ukraine from Russia since 2022."
    )
    assert {(t.category, t.count) for t in result.tallies} == {(_CIVILIANS, Count.exact(2310))}


@pytest.mark.parametrize(
    "text",
    [
        # prisoners including children: two kinds in one count
        "On Tuesday 640 prisoners, including children, came back to Ukraine from Russia.",
        "On Tuesday 640 soldiers and civilians came back to Ukraine from Russia.",
    ],
)
def test_news_a_count_of_soldiers_and_others_stays_of_no_one_kind(news: Read, text: str) -> None:
    assert news(text).legs_by_category() == {("RUS", "UKR", _OTHER, Count.exact(640))}


@given(n=st.integers(min_value=2, max_value=60_000).filter(lambda n: not 1800 <= n <= 2100))
def test_news_civilians_including_children_keep_their_kind_for_any_count(
    news: Read, n: int
) -> None:
    text = f"On Tuesday {n:,} civilians, including children, came back to Ukraine from Russia."
    assert news(text).legs_by_category() == {("RUS", "UKR", _CIVILIANS, Count.exact(n))}
