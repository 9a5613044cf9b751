"""Executions a monitor documents, and the allegations of them, are violations counted.

"The monitors documented the execution of at least 9 Ukrainian servicemen who had
surrendered, bringing the number of such allegations to more than 120": counts of one kind
of violation, case by case, not a side's losses. "The number of Russian soldiers killed"
is a toll and stays a claim.
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
        "The monitors documented the execution of at least 9 Ukrainian servicemen who had "
        "surrendered, bringing the number of such allegations to more than 120.",
        "The general staff said the number of such allegations had risen to more than 410.",
    ],
)
def test_news_executions_and_allegations_are_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


def test_news_the_number_of_the_dead_stays_a_claim(news: News, found: Found) -> None:
    text = (
        "The general staff said the number of Russian soldiers killed had risen to more than "
        "41,000."
    )
    assert found(news(text)) == {("RUS", "killed", Count.parse("more than 41,000"))}
