"""An "as of" date in a clause across "while" or "but" dates that clause's figure only.

"Moscow says Ukraine has lost 500,000 troops, while Kyiv puts Russian losses at 950,000
as of March": March is when Kyiv's count stood, not Moscow's, which is current when
told. An "as of" opening the sentence ("As of March, ..., while ...") dates every
clause.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count, Period

News = Callable[..., Any]

_PUBLISHED = date(2025, 10, 23)


def _dates(result: Any) -> dict[Count, Period]:
    return {c.count: c.as_of for c in result.claims}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow says Ukraine has lost 420,000 troops, while Kyiv puts Russian losses at "
        "870,000 as of April.",
        "Kyiv puts Russian losses at 870,000 as of April, while Moscow says Ukraine has "
        "lost 420,000 troops.",
        "Moscow says Ukraine has lost 420,000 troops, but Kyiv put Russian losses at "
        "870,000 as of April.",
        "Kyiv put Russian losses at 870,000 as of April, whereas Moscow says Ukraine has "
        "lost 420,000 troops.",
    ],
)
def test_news_as_of_stays_in_its_own_clause(news: News, text: str) -> None:
    found = _dates(news(text, published=_PUBLISHED))
    assert found == {
        Count.exact(870_000): Period.month(2025, 4),
        Count.exact(420_000): Period.day(_PUBLISHED),
    }


def test_news_as_of_opening_the_sentence_dates_every_clause(news: News) -> None:
    """The near miss: the opening date is told for the whole sentence."""
    text = (
        "As of April, Kyiv put Russian losses at 870,000, while Moscow said Ukraine had "
        "lost 420,000 troops."
    )
    found = _dates(news(text, published=_PUBLISHED))
    assert found == {
        Count.exact(870_000): Period.month(2025, 4),
        Count.exact(420_000): Period.month(2025, 4),
    }
