"""People who refused to surrender, or did not, were not captured.

"Kyiv said 1,200 Russian soldiers had refused to lay down their arms": the verb of giving
up stands under a refusal, so the figure counts men still fighting, not a captured toll.
The same holds under a negation ("vowed never to lay down their arms"). "had laid down
their arms" with no refusal stays a claim of people captured.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said 1,200 Russians had refused to lay down their arms.",
        'Kyiv said 1,200 Russians had refused to "lay down their arms".',
        "Moscow said that 1,200 Ukrainian marines declined to give themselves up.",
        "Moscow said that 1,200 Ukrainian fighters vowed never to lay down their arms.",
    ],
)
def test_news_a_refused_surrender_is_no_capture(news: News, text: str) -> None:
    read = news(text, published=_PUBLISHED)
    assert "captured" not in {c.category.value for c in read.claims}


def test_news_a_surrender_with_no_refusal_is_a_capture(news: News) -> None:
    read = news("Kyiv said 1,200 Russians had laid down their arms.", published=_PUBLISHED)
    assert ("RUS", "captured", Count.parse("1,200")) in {
        (c.subject.code, c.category.value, c.count) for c in read.claims
    }


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=5_000),
    verb=st.sampled_from(["had refused to surrender", "refused to lay down their arms"]),
    teller=st.sampled_from(["Kyiv", "Ukraine's army"]),
)
def test_news_no_refused_surrender_is_read_as_captured(
    news: News, n: int, verb: str, teller: str
) -> None:
    read = news(f"{teller} said {n:,} Russian soldiers {verb}.", published=_PUBLISHED)
    assert "captured" not in {c.category.value for c in read.claims}
