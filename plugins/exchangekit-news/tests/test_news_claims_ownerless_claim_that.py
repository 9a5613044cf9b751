"""A figure inside "A claim that ..." opening a sentence is no one's claim.

"A claim that the US has confirmed 90,000 Russian dead misrepresents him": the
claim is named to be weighed, and no one of record makes it. A claim with its
maker ("Moscow's claim that ...") is that maker's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]


@settings(max_examples=20, deadline=None)
@given(
    opener=st.sampled_from(["A claim", "The claim", "This claim"]),
    side=st.sampled_from(["Russian", "Ukrainian"]),
    count=st.integers(1_000, 900_000),
    verdict=st.sampled_from(["is false", "misrepresents the general", "does not hold up"]),
)
def test_news_a_figure_in_an_ownerless_claim_is_not_read(
    news: News, opener: str, side: str, count: int, verdict: str
) -> None:
    text = f"{opener} that {count:,} {side} soldiers have been killed {verdict}."
    assert news(text).claims == []


def test_news_a_claim_with_its_maker_is_still_read(news: News, found: Found) -> None:
    """Near miss: a possessive names who makes the claim."""
    text = "Moscow's claim that 90,000 Ukrainian soldiers have died is not supported."
    assert ("UKR", "killed", Count.exact(90_000)) in found(news(text))
