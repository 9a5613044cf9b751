"""A "now" count told by a speaker "this month" after the figure stands in that month.

"The register now holds more than 64,000 names of the missing, ministry officials said
this month": the "now" is when the officials spoke, and "this month" dates their saying
with no preposition before it, as "said in May" does with one. A date that is not the
saying's ("up from 58,000 last month") does not date the count.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

_PUBLISHED = date(2025, 10, 23)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The register of people missing under special circumstances now holds more than "
            "64,000 names of Ukrainians, ministry officials said this month.",
            "2025-10",
        ),
        (
            "Moscow's count, which it rarely updates, now puts Ukrainian losses at more than "
            "640,000, the Russian defence ministry said last week.",
            "2025-W42",
        ),
    ],
)
def test_news_a_now_count_said_this_month_stands_in_that_month(
    news: Callable[..., Any], text: str, day: str
) -> None:
    result = news(text + "\n", published=_PUBLISHED)
    assert {str(c.as_of) for c in result.claims} == {day}


def test_news_a_now_count_compared_with_last_month_stands_when_published(
    news: Callable[..., Any],
) -> None:
    result = news(
        "The register of people missing under special circumstances now holds more than "
        "64,000 names of Ukrainians, up from about 58,000 last month, officials said.\n",
        published=_PUBLISHED,
    )
    assert {str(c.as_of) for c in result.claims if "64,000" in str(c.count)} == {"2025-10-23"}
