"""Executions alleged to a monitor, and the allegations of them, are violations counted.

"The monitors documented credible allegations of the execution of at least 9 Ukrainian
servicemen who had surrendered, bringing the number of such allegations to more than 120":
counts of one kind of violation, case by case and not established, not a side's losses.
Executions the monitors documented themselves and "the number of Russian soldiers killed"
are tolls and stay claims.
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
        "The monitors documented credible allegations of the execution of at least 9 "
        "Ukrainian servicemen who had surrendered, bringing the number of such allegations "
        "to more than 120.",
        "The mission is investigating reports of the executions of 40 captured soldiers.",
        "The general staff said the number of such allegations had risen to more than 410.",
    ],
)
def test_news_executions_and_allegations_are_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


@pytest.mark.parametrize(
    ("text", "side", "count"),
    [
        (
            "The general staff said the number of Russian soldiers killed had risen to more "
            "than 41,000.",
            "RUS",
            "more than 41,000",
        ),
        (
            "The mission documented the execution of at least 90 Ukrainian prisoners of war.",
            "UKR",
            "at least 90",
        ),
    ],
)
def test_news_deaths_documented_stay_a_claim(
    news: News, found: Found, text: str, side: str, count: str
) -> None:
    assert found(news(text)) == {(side, "killed", Count.parse(count))}
