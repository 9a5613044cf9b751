"""A statement recalled in passing does not date the same speaker's next figure.

"In December, when he last gave numbers, he had said 43,000 soldiers were dead." tells
an older statement; "Zelensky also repeated his claim that Russia had lost 250,000" in
the next paragraph belongs to the statement the story is about, not to December's. The
recalled figure keeps its own month; a statement the story tells as such ("In December,
Zelensky said ...") still dates the figure he "also" gave.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]

_PUBLISHED = date(2025, 2, 17)

_CURRENT = (
    "Volodymyr Zelensky gave new figures in a television interview. The president said"
    " that about 380,000 Ukrainian soldiers had been wounded."
)


def _dates(read: Any) -> dict[tuple[str, str], str]:
    return {
        (str(getattr(c.subject, "code", c.subject)), c.category.value): str(c.as_of)
        for c in read.claims
    }


@pytest.mark.parametrize(
    "recalled",
    [
        "In December, when he last gave numbers, he had said 43,000 Ukrainian soldiers were dead.",
        "In December, when he last gave figures, he had spoken of 43,000 Ukrainian soldiers dead.",
        "When he last gave a figure, in December, he had reported 43,000 Ukrainian soldiers"
        " killed.",
    ],
)
@pytest.mark.parametrize(
    "next_claim",
    [
        "Zelensky also repeated his claim that Russia had lost around 250,000 killed.",
        "Zelensky added that around 250,000 Russian soldiers had been killed.",
    ],
)
def test_news_recalled_statement_does_not_date_the_next(
    news: News, recalled: str, next_claim: str
) -> None:
    read = news(f"{_CURRENT} {recalled}\n\n{next_claim}", published=_PUBLISHED)
    dates = _dates(read)
    assert dates[("UKR", "killed")] == "2024-12"
    assert dates[("RUS", "killed")] != "2024-12"


def test_news_statement_told_not_recalled_still_dates_the_next(news: News) -> None:
    """The near miss: a statement the story tells (not recalled) dates the next figure."""
    read = news(
        "In December, Zelensky said 43,000 Ukrainian soldiers had been killed.\n\nZelensky"
        " also said that around 198,000 Russian soldiers had been killed.",
        published=_PUBLISHED,
    )
    assert _dates(read) == {("UKR", "killed"): "2024-12", ("RUS", "killed"): "2024-12"}
