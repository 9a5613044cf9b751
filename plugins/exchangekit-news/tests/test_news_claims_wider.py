"""Casualty claims in constructions seen across several blind sets (issue 8, round 2).

Each test is one broad habit of English war reporting: a plural demonym of
two words counts people ("North Koreans"), ...
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]


def found(read: Any) -> set[tuple[str, str, Count]]:
    """(subject, category, count) of every claim read."""
    return {(c.subject.code, c.category.value, c.count) for c in read.claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seoul's spy agency believes some 1,500 North Koreans have been killed or wounded.",
            ("PRK", "total_losses", Count.approx(1_500)),
        ),
        (
            "More than 1,500 North Koreans were killed or injured near Sudzha, Kyiv said.",
            ("PRK", "total_losses", Count.more_than(1_500)),
        ),
        (
            "Kyiv's military intelligence reports that 1,500 North Koreans have died so far.",
            ("PRK", "killed", Count.exact(1_500)),
        ),
    ],
)
def test_news_a_two_word_plural_demonym_counts_people(
    news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}
