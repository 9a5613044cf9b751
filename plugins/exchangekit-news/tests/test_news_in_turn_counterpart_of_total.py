"""A side's figure "in turn" after the other side's total over a span is its counterpart.

"Russia had returned 900 bodies over the past week, Kyiv said. Ukraine, in turn, handed
over the remains of 40 Russian soldiers": "in turn" sets the 40 beside the week's total
as "for its part" does, so it is no handover of the day of publication.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)

_TOTAL = "Kyiv said on Monday that, in total, Russia had returned 900 bodies over the past week. "


@pytest.mark.parametrize(
    "after",
    [
        "Ukraine, in turn, handed over the remains of 40 Russian soldiers, Kyiv said.",
        "Kyiv in turn sent back the bodies of 40 Russian servicemen.",
        "In turn, Ukraine returned the bodies of 40 Russian troops.",
    ],
)
def test_news_in_turn_after_a_span_total_is_no_handover(news: News, after: str) -> None:
    assert news(_TOTAL + after, published=PUBLISHED).exchanges == []


def test_news_in_turn_after_a_days_handover_joins_it(news: News) -> None:
    # near-miss: after one day's handover, "in turn" is the other leg of that swap
    result = news(
        "Russia handed over 900 bodies on Monday. Ukraine, in turn, handed over the remains "
        "of 40 Russian soldiers.",
        published=PUBLISHED,
    )
    assert {(p, r, str(c)) for p, _, r, c in result.dated_way_counts()} == {
        ("2025-10-20", "UKR", "900"),
        ("2025-10-20", "RUS", "40"),
    }
