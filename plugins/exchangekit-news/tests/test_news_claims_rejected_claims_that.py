"""A figure in "claims that" a speaker rejects is no one's claim.

'He rejected as "lies" Russian claims that Ukraine had lost hundreds of thousands': the
figure is what the speaker calls untrue, told only in his words about it, as "denied that"
makes it. His own figure beside it, or after "saying that", stays his claim.
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
        'He said Kyiv had lost 31,000 soldiers killed, and rejected as "lies" Russian claims '
        "that Ukraine had lost hundreds of thousands.",
        # near misses: his own figure after a rejection of claims named apart
        "He rejected Russian claims, saying that Ukraine had lost 31,000 soldiers killed.",
        'He rejected as "lies" the claims of Moscow, and said that Ukraine had lost 31,000 '
        "soldiers killed.",
    ],
)
def test_news_only_the_rejected_claims_figure_is_dropped(
    news: News, found: Found, text: str
) -> None:
    assert found(news(text)) == {("UKR", "killed", Count.parse("31,000"))}
