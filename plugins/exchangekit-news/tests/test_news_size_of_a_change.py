"""The size of a change is no count: "a rise of roughly 6,000 killed".

After "a rise of", "an increase of" or "a jump of" a figure tells how much a running
total grew between two counts. The total itself is the claim; the difference is not a
second claim of the same losses, and reading it as one would print a wrong figure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said on Monday that 52,000 Ukrainian soldiers had been killed. The figure "
        "is a rise of roughly 6,000 killed in three months.",
        "Ukraine's president said on Monday that 52,000 Ukrainian soldiers had been killed "
        "since the invasion, an increase of about 4,000 killed in four months.",
        "Kyiv said on Monday that 52,000 Ukrainian soldiers had been killed. That is a "
        "jump of 6,000 soldiers killed since October.",
    ],
)
def test_news_a_change_is_no_second_claim(found: Callable[..., Any], news: News, text: str) -> None:
    assert found(news(text)) == {("UKR", "killed", Count.exact(52_000))}


def test_news_a_total_that_has_risen_is_still_read(found: Callable[..., Any], news: News) -> None:
    """Near-miss: "rose to" gives the total itself, not the change."""
    text = "Kyiv said on Monday that the number of Ukrainian soldiers killed had risen to 52,000."
    assert found(news(text)) == {("UKR", "killed", Count.exact(52_000))}


@given(st.integers(min_value=200, max_value=9_000))
def test_news_no_rise_is_ever_read_as_losses(news: News, n: int) -> None:
    text = (
        f"Kyiv said on Monday that 52,000 Ukrainian soldiers had been killed. The figure "
        f"is a rise of roughly {n:,} killed in three months."
    )
    assert [c.count for c in news(text).claims] == [Count.exact(52_000)]
