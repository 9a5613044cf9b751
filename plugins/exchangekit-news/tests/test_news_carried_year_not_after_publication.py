"""A month the context puts in the publication's year cannot fall after publication.

A review of a year ("2025 in captivity") gives its months that year when the
text names none. A handover told as done in a month still to come in that year
("After an exchange in the closing days of December", read in October 2025) is
the December before: a done exchange cannot postdate its story. A month that has
begun by publication keeps the carried year, and so does a month of a year the
text makes the topic that is not the publication's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]

_HEAD = "2025 in captivity: what the exchanges told us\n\nThe year began where the last one ended. "


@pytest.mark.parametrize(
    "sentence",
    [
        # the month far from the figure, the attribution between them
        "After an exchange in the closing days of December that, Kyiv said, brought 140 "
        "prisoners of war home to each side, the next did not come until spring.",
        # the month fronted, an aside between it and the figure
        "In mid-December, in an exchange that Moscow, not Kyiv, announced first, 140 "
        "prisoners of war went home to each side.",
    ],
)
def test_news_a_done_handovers_month_after_publication_is_the_year_befores(
    news: News, sentence: str
) -> None:
    # published on Thursday 23 October 2025 (the helper's default)
    assert news(_HEAD + sentence).day_counts_as_text() == {("2024-12", "140")}


def test_news_a_month_begun_by_publication_keeps_the_carried_year(news: News) -> None:
    text = _HEAD + (
        "After an exchange in early October that, Kyiv said, brought 140 prisoners of war "
        "home to each side, the talks stalled."
    )
    assert news(text).day_counts_as_text() == {("2025-10", "140")}


def test_news_a_month_of_a_year_before_publication_keeps_that_year(news: News) -> None:
    text = (
        "A look back at 2023\n\nIn 2023, the swaps were small. After an exchange in the "
        "closing days of December that, Kyiv said, brought 140 prisoners of war home to "
        "each side, the talks stalled."
    )
    assert news(text).day_counts_as_text() == {("2023-12", "140")}
