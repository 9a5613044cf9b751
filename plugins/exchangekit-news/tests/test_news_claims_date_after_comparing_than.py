"""A date after a comparing "than" is the compared count's, not the claim's.

'Kyiv says about 6,000 Ukrainians are still held, a smaller number than last
year's': last year dates the earlier estimate, not this one, which stands when told.
Read before, the figure took last year as its date, a silently wrong year.
Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2026, 3, 9)


def _as_of(result: Any) -> set[str]:
    return {str(c.as_of) for c in result.claims}


@pytest.mark.parametrize(
    "text",
    [
        "Officials say about 6,000 Ukrainians are still held in captivity, a smaller "
        "number than last year's.",
        "Kyiv says more than 6,000 Ukrainians are still in captivity, a lower estimate "
        "than in 2025.",
    ],
)
def test_news_a_compared_date_does_not_date_the_claim(news: News, text: str) -> None:
    assert _as_of(news(text, published=_PUBLISHED)) == {"2026-03-09"}


def test_news_a_date_of_the_claims_own_still_dates_it(news: News) -> None:
    # near miss: no comparison; the year named is the claim's own
    text = "Officials said last year that about 6,000 Ukrainians were held in captivity."
    assert _as_of(news(text, published=_PUBLISHED)) == {"2025"}


@given(n=st.integers(min_value=1_000, max_value=9_000))
def test_news_the_compared_year_never_dates_a_current_claim(news: News, n: int) -> None:
    text = f"Officials say {n:,} Ukrainians are still in captivity, fewer than last year's."
    assert _as_of(news(text, published=_PUBLISHED)) == {"2026-03-09"}
