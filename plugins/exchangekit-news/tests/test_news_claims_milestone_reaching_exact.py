"""A round milestone passed "reaching" an exact figure is the exact figure.

"Russian losses had passed half a million, reaching 500,210": the round number is the
line crossed and the exact one is the count, so the claim is 500,210, never "more than
500,000" beside it. Only a figure just above a round threshold (under one per cent)
after "reaching", "rising to" or "standing at" replaces it; a figure far above it, or a
threshold that is not round, keeps its own hedge.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@settings(max_examples=25, deadline=None)
@given(
    base=st.sampled_from([200_000, 500_000, 1_000_000]),
    extra=st.integers(min_value=1, max_value=1_900),
    verb=st.sampled_from(["passed", "exceeded", "crossed"]),
    reach=st.sampled_from(["reaching", "rising to", "standing at"]),
)
def test_news_milestone_with_its_exact_figure_is_the_exact_figure(
    news: News, found: Found, base: int, extra: int, verb: str, reach: str
) -> None:
    """Whatever the milestone and the wording, the claim is the exact count."""
    text = (
        f"Ukraine's General Staff said on Friday that Russian troop losses had {verb} "
        f"{base:,}, {reach} {base + extra:,}."
    )
    assert found(news(text)) == {("RUS", "total_losses", Count.exact(base + extra))}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # far above the milestone: another figure, the milestone keeps its hedge
        (
            "Ukraine's General Staff said Russian troop losses had passed 500,000, "
            "reaching 620,000 by its own later count.",
            Count.more_than(500_000),
        ),
        # not a round threshold: a count of its own
        (
            "Ukraine's General Staff said Russian troop losses had passed 512,300, "
            "reaching 512,400.",
            Count.more_than(512_300),
        ),
    ],
)
def test_news_milestone_keeps_its_hedge_without_an_exact_figure_near_it(
    news: News, found: Found, text: str, count: Count
) -> None:
    assert ("RUS", "total_losses", count) in found(news(text))
