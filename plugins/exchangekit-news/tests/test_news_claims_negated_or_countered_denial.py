"""A negated denial is no denial, and a denied figure still names the people after it.

"Moscow has never denied that 4,000 of its soldiers were killed" does not call the
figure untrue. "Moscow denied that 4,000 of its soldiers had been killed, saying 200
died": the 4,000 is no one's toll, but the bare 200 is Moscow's count of its soldiers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow never denied that 4,000 of its soldiers had been killed.",
        "The Kremlin has not denied that 4,000 of its troops were killed.",
        "Russia did not deny that 4,000 of its soldiers died in the battle.",
    ],
)
def test_news_a_negated_denial_leaves_the_toll(news: News, text: str) -> None:
    assert [str(c.count) for c in news(text, published=_PUBLISHED).claims] == ["4,000"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow denied that 4,000 of its soldiers had been killed, saying 200 died.",
        "The Kremlin denied that 4,000 of its troops were killed, saying that 200 died.",
    ],
)
def test_news_the_deniers_own_figure_counts(news: News, found: Found, text: str) -> None:
    assert found(news(text, published=_PUBLISHED)) == {("RUS", "killed", Count.parse("200"))}


def test_news_a_plain_denial_still_gives_nothing(news: News) -> None:
    text = "Moscow denied that 4,000 of its soldiers had been killed."
    assert not news(text, published=_PUBLISHED).claims
