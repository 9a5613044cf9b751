"""A list of the dead described in one sentence and counted in the next: "their list ... N names".

"Volunteers are collecting the names of Russian soldiers whose deaths are confirmed.
By May their list stood at 52,000 names": "their list" takes up the register the
sentence before described, so the names are that side's dead. A list with no such
sentence before it, or one of another kind, says nothing of whose deaths it holds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
DAY = date(2024, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the spring, volunteers have been collecting the names of Russian soldiers "
            "whose deaths are confirmed in obituaries. As of 1 February their list stood at "
            "52,000 names.",
            ("RUS", "killed", Count.exact(52_000)),
        ),
        (
            "A group of journalists records the names of Ukrainian servicemen whose deaths "
            "are reported by their families. In February its list had reached 38,400 names.",
            ("UKR", "killed", Count.exact(38_400)),
        ),
        # harder: the list named again with "the", and a hedge on the figure
        (
            "Two outlets have gathered the names of Russian soldiers whose deaths appear in "
            "local news. By the end of January the list stood at more than 44,000 names, a "
            "floor, its compilers say.",
            ("RUS", "killed", Count.more_than(44_000)),
        ),
    ],
)
def test_news_a_list_described_before_counts_its_sides_dead(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text, published=DAY)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: no sentence before says whose deaths the list holds
        "As of 1 February their list stood at 52,000 names.",
        # near-miss: the list named before is one of people to be exchanged
        "Kyiv handed Moscow a list of prisoners it wants back. By February their list "
        "stood at 1,200 names.",
    ],
)
def test_news_a_list_of_no_dead_told_before_gives_no_claim(news: News, text: str) -> None:
    assert news(text, published=DAY).claims == []


@given(st.integers(min_value=2_200, max_value=400_000))
def test_news_the_lists_count_is_the_dead_of_the_side_named_before(news: News, n: int) -> None:
    text = (
        "Researchers are collecting the names of Ukrainian soldiers whose deaths are "
        f"confirmed by relatives. In January their list stood at {n:,} names."
    )
    claims = news(text, published=DAY).claims
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        ("UKR", "killed", Count.exact(n))
    ]
