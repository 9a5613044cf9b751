"""A present perfect total is current when told, not on the day of the latest exchange it names.

"Some 4,400 Ukrainians have come home since 2022, Kyiv says, the most recent of them on
2 October, when ...": the aside dates the last exchange the total counts, which closes
the span it covers, while the total itself stands when it is told. A total in the past
perfect ("had been freed by then, the latest in March") stood on the date it names.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

_PUBLISHED = date(2025, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Some 4,400 Ukrainians have come home from Russian captivity since 2022, Kyiv says, "
        "the most recent of them on 2 October, when 185 soldiers and 20 civilians crossed "
        "the border near Sumy.",
        "By the count of the coordination headquarters, which is not always quick to update "
        "it, 4,400 Ukrainians have been freed in 68 exchanges, the latest one on 2 October.",
    ],
)
def test_news_a_present_total_stands_when_told_through_its_latest_exchange(
    news: Callable[..., Any], text: str
) -> None:
    result = news(text + "\n", published=_PUBLISHED)
    assert result.tally_days() == {"2025-10-23"}
    assert {str(t.covers.end) for t in result.tallies} == {"2025-10-02"}


def test_news_a_past_perfect_total_stands_on_the_latest_exchange_named(
    news: Callable[..., Any],
) -> None:
    result = news(
        "At that point 4,400 Ukrainians had been freed in 68 exchanges, the latest one on "
        "2 October, Kyiv said.\n",
        published=_PUBLISHED,
    )
    assert result.tally_days() == {"2025-10-02"}
