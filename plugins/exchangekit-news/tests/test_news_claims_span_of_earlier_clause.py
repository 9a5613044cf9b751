"""A running span told before another figure is that figure's, not a later sector's.

"The ministry said that Kyiv had lost more than 41,000 troops since the offensive began,
and that in the Toretsk direction alone the enemy had lost up to 170 servicemen over the
past day": the "since" dates the 41,000, so the 170 is still one day's share of one
direction, and no claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


def test_news_a_directions_day_after_a_running_total_is_no_claim(news: News, found: Found) -> None:
    text = (
        "The ministry said that Kyiv had lost more than 41,000 troops since the offensive "
        "began, and that in the Toretsk direction alone the enemy had lost up to 170 "
        "servicemen over the past day."
    )
    assert found(news(text)) == {("UKR", "total_losses", Count.parse("more than 41,000"))}


def test_news_a_span_of_the_figures_own_clause_keeps_it_a_claim(news: News, found: Found) -> None:
    # near miss: the span opens the figure's own clause, past a verb of saying
    text = (
        "Since the offensive began, the ministry said, Kyiv had lost 8,500 servicemen in the "
        "Toretsk direction."
    )
    assert found(news(text)) == {("UKR", "total_losses", Count.parse("8,500"))}
