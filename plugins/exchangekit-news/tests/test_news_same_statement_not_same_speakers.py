"""'He, in the same interview, said N': the statement named again dates N, not the last claim."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]

_OPENING = (
    "On Sunday, in an interview with a US network, Zelensky said 40,000 Ukrainian soldiers "
    "had been killed. He gave no figure for the missing. The army's staff publishes a daily "
    "count of Russian losses. On Wednesday it stood at 900,000, the staff said. "
)


def _dates(read: Any) -> dict[int, str]:
    return {c.count.best: str(c.as_of) for c in read.claims}


@pytest.mark.parametrize(
    "closing",
    [
        "Zelensky, in the same interview, said around 200,000 Russian soldiers had been killed.",
        "Zelensky, during the same televised interview, said 200,000 Russian soldiers had died.",
        "Zelensky, in the same broadcast, said that 200,000 Russian troops had been killed.",
    ],
)
def test_news_the_same_statement_set_off_dates_its_figure(news: News, closing: str) -> None:
    """The statement named again (Sunday's), not the staff's figure told just before."""
    dates = _dates(news(_OPENING + closing))
    assert dates[200_000] == "2025-10-19"
    assert dates[900_000] == "2025-10-22"


def test_news_the_same_speakers_still_share_the_claim_before(news: News) -> None:
    """The near miss: "the same officials" are the speakers of the figure just told."""
    text = (
        "On 3 August, U.S. officials said Ukrainian deaths had reached 70,000. "
        "The same officials said 120,000 Russian soldiers had been killed."
    )
    assert _dates(news(text)) == {70_000: "2025-08-03", 120_000: "2025-08-03"}
