"""A count that does (or does not) tell one kind of loss from another is not that kind's count."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bulletin, which lists Russian personnel losses without separating killed "
            "from wounded, stood at about 310,000 on Friday.",
            ("RUS", "total_losses", Count.approx(310_000)),
        ),
        (
            "Ukrainian losses, a count that does not distinguish dead from injured, "
            "had passed 95,000 by spring.",
            ("UKR", "total_losses", Count.more_than(95_000)),
        ),
        (
            "Its tally of Russian casualties, never splitting the killed from the wounded, "
            "stood at 640,000 in the summer.",
            ("RUS", "total_losses", Count.exact(640_000)),
        ),
    ],
)
def test_news_kinds_told_apart_are_not_the_heads_kind(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


def test_news_wounded_as_the_head_still_reads_as_wounded(
    found: Callable[..., Any], news: News
) -> None:
    """The near miss: the wounded as the head of the count, with no other kind set apart."""
    text = "The number of Russian wounded, the ministry said, had reached 120,000 by June."
    assert found(news(text)) == {("RUS", "wounded", Count.exact(120_000))}


def test_news_kinds_told_apart_with_no_other_head_give_no_claim(
    found: Callable[..., Any], news: News
) -> None:
    """With no loss noun besides the pair set apart, the count has no kind that can be told."""
    text = "Separating killed from wounded, Russian officials said, stood at 40,000."
    assert found(news(text)) == set()


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=2_200, max_value=2_000_000))
def test_news_kinds_told_apart_never_become_the_kind(
    found: Callable[..., Any], news: News, n: int
) -> None:
    text = (
        "The report, which gives Ukrainian losses without separating killed from "
        f"wounded, put them at {n:,} last month."
    )
    assert {category for _, category, _ in found(news(text))} <= {"total_losses"}
