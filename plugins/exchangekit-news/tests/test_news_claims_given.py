"""Casualty totals a speaker "gives": "gave the total as N", "gave a toll of N"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]


def figures(read: Any) -> set[tuple[str, str, Count]]:
    """(side, category, count) of every casualty claim read."""
    return {(c.subject.code, c.category.value, c.count) for c in read.claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv's army command said Russian losses had passed 900,000 since 2022. "
            "On Sunday the command gave the total as 912,450.",
            ("RUS", "total_losses", Count.exact(912_450)),
        ),
        (
            "Ukraine says Russian casualties have passed 600,000. "
            "Its general staff gave the total as 604,210 in its morning bulletin.",
            ("RUS", "total_losses", Count.exact(604_210)),
        ),
        (
            "The general staff said Russia's losses had reached 730,000 on Friday. "
            "A day later, it put the tally as 733,000.",
            ("RUS", "total_losses", Count.exact(733_000)),
        ),
    ],
)
def test_news_a_total_given_as_a_figure_is_a_claim(
    news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert expected in figures(news(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said the swap freed 95 soldiers. It gave the total as 3,000.",
        "The budget was discussed on Monday. The ministry gave the total as 4,000 hryvnias.",
    ],
)
def test_news_a_total_given_without_losses_is_no_claim(news: News, text: str) -> None:
    assert figures(news(text)) == set()
