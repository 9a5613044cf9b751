"""People a return counts "listed as missing" were missing before; they are no toll.

"Among those released were three marines listed as missing since spring": the reduced
relative tells the past of people handed over, as "who had been reported missing"
does, not a count of the missing. Without a return in the sentence, the same words
give the register's count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "text",
    [
        "Among those released on Friday were three marines listed as missing since spring, "
        "Ukraine's ombudsman said.",
        "The 90 soldiers returned home included four men reported as missing in 2022, "
        "Ukraine's ombudsman said.",
    ],
)
def test_news_freed_people_listed_as_missing_are_no_claim(
    news: News, found: Found, text: str
) -> None:
    """The missing past of people handed over is not a count of the missing."""
    assert all(category != "missing" for _, category, _ in found(news(text)))


def test_news_register_of_missing_stays_a_claim(news: News, found: Found) -> None:
    """Near miss: with no return told, "listed as missing" is the register's count."""
    text = "Ukraine's ombudsman said 24,000 soldiers were listed as missing."
    assert ("UKR", "missing", Count.exact(24_000)) in found(news(text))
