"""A loss figure "compared with" another for an earlier year gives both claims.

"Russian casualties reached 400,000 this year, compared with 250,000 for the whole
of 2023": the second figure is the same kind of loss of the same side, dated to
the year after it. Without a year ("a year earlier") or with a noun that counts
no people ("250,000 shells") nothing more is read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_DAY = date(2024, 12, 5)


def _claims(news: News, text: str) -> list[tuple[str, str, str, str]]:
    return [
        (str(c.subject), c.category.value, str(c.count), c.as_of.format())
        for c in news(text, published=_DAY).claims
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2024, Russian casualties reached 420,000, compared with 260,000 in 2023.",
            [
                ("RUS", "total_losses", "420,000", "2024"),
                ("RUS", "total_losses", "260,000", "2023"),
            ],
        ),
        # harder: hedges on both figures, "compared to", "for the whole of"
        (
            "Kyiv says Russian dead this year probably number about 70,000, compared to "
            "an estimated 55,000 for the whole of 2023.",
            [
                ("RUS", "killed", "around 70,000 [63,000, 77,000]", "2024"),
                ("RUS", "killed", "around 55,000 [49,500, 60,500]", "2023"),
            ],
        ),
    ],
)
def test_news_figure_compared_with_an_earlier_year_is_its_claim(
    news: News, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _claims(news, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no year after the compared figure; a noun of things, not people
        "In 2024, Russian casualties reached 420,000, compared with 260,000 a year before.",
        "In 2024, Russian casualties reached 420,000, compared with 260,000 shells in 2023.",
    ],
)
def test_news_compared_figure_without_year_or_of_things_is_no_claim(news: News, text: str) -> None:
    assert [c[2] for c in _claims(news, text)] == ["420,000"]
