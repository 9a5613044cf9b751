"""A month a figure is ranked behind is no date of the figure.

"March was a grim month. Monitors counted 150 civilians killed during the month, the
second highest monthly toll of the year after January": the toll is March's, the month
the sentence before set the scene with; January is only the month that beat it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]

_PUBLISHED = date(2025, 4, 9)


@pytest.mark.parametrize("rank", ["second highest", "third deadliest"])
def test_news_a_month_ranked_behind_leaves_the_scene_month(news: News, rank: str) -> None:
    text = (
        "March was a grim month for civilians in Ukraine. The UN monitoring mission said it "
        f"had verified that 150 civilians were killed during the month, the {rank} monthly "
        "toll of the year after January."
    )
    assert news(text, published=_PUBLISHED).claim_days_of(150) == {"2025-03"}


def test_news_a_figure_with_its_own_month_keeps_it(news: News) -> None:
    """The near miss: the figure's own month is told, and the ranked month is not taken."""
    text = (
        "The UN monitoring mission said it had verified that 150 civilians were killed in "
        "Ukraine in February, the second highest monthly toll of the year after January."
    )
    assert news(text, published=_PUBLISHED).claim_days_of(150) == {"2025-02"}
