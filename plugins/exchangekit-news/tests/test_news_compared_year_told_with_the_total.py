"""A count "compared with N in 2024" beside this year's total is told when the total is.

"By the ombudsman's tally, 2,310 Ukrainians came home in 2025, in 15 swaps, compared
with 1,358 in 2024", published in 2025: the 1,358 covers 2024 alone and is told on the
day the text is current, with the total; it is not the war's total up to 2024's end.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]

_DECEMBER = date(2025, 12, 29)


def _tallies(result: Any) -> dict[Count, tuple[str, str]]:
    return {t.count: (str(t.covers), str(t.as_of)) for t in result.tallies}


@pytest.mark.parametrize(
    "text",
    [
        "By the ombudsman's tally, 2,310 Ukrainians came home in 2025, in 15 swaps, compared "
        "with 1,358 in 2024.",
        "This year, according to the headquarters, 2,310 Ukrainians have been freed - the "
        "most since the invasion - compared with 1,358 in 2024.",
    ],
)
def test_news_compared_count_is_told_with_this_years_total(news: News, text: str) -> None:
    found = _tallies(news(text, published=_DECEMBER))
    assert found[Count.exact(2310)] == ("2025-01-01/2025-12-29", "2025-12-29")
    assert found[Count.exact(1358)] == ("2024-01-01/2024-12-31", "2025-12-29")


def test_news_compared_count_beside_a_past_years_total_stands_at_its_years_end(
    news: News,
) -> None:
    # near miss: the total is an earlier year's, not the text's own; when it was told is
    # not said, so the compared count stands at the end of its own year, as before
    text = "Some 1,358 Ukrainians came home in 2024, compared with 1,098 in 2023."
    found = _tallies(news(text, published=_DECEMBER))
    assert found[Count.exact(1098)] == ("2023-01-01/2023-12-31", "2023-12-31")
