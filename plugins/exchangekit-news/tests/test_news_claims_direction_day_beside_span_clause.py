"""A day's losses in one named "direction" stay a sector's share when a later clause
of the same sentence tells a running total.

A briefing often gives one direction's figure for the day and then, in a clause of its
own ("and that since August ...", "; since October, it added, ..."), a total over a
span. The span is that later clause's; it does not turn the day's share of one
direction into a whole operation's losses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "The Russian defence ministry said that in the past 24 hours, in the Kupiansk "
            "direction, Ukrainian forces lost up to 95 servicemen, and that since the start "
            "of the year Ukraine had lost more than 12,000 troops.",
            "more than 12,000",
        ),
        (
            "Over the past day Ukrainian units lost up to 210 troops in the Lyman direction, "
            "the ministry said; since October, it added, Ukraine's losses had exceeded 40,000.",
            "more than 40,000",
        ),
        (
            "In the Kherson direction, Ukrainian formations lost up to 45 servicemen over the "
            "past day, and since the summer Ukraine has lost more than 8,000 soldiers, the "
            "ministry said.",
            "more than 8,000",
        ),
    ],
)
def test_news_a_days_direction_share_stays_no_claim_beside_a_later_span(
    news: News, found: Found, text: str, total: str
) -> None:
    assert found(news(text)) == {("UKR", "total_losses", Count.parse(total))}


def test_news_a_span_in_the_figures_own_clause_keeps_the_direction_a_claim(
    news: News, found: Found
) -> None:
    # near miss: the span stands in the figure's own clause, so the direction names a
    # whole operation and the running total stays a claim
    text = (
        "The ministry said that in the past 24 hours, in the Kupiansk direction, Ukrainian "
        "forces lost up to 95 servicemen, and that since August Ukraine had lost more than "
        "12,000 troops in the Kursk direction."
    )
    assert found(news(text)) == {("UKR", "total_losses", Count.parse("more than 12,000"))}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    day=st.integers(min_value=20, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    total=st.integers(min_value=3_000, max_value=900_000),
)
def test_news_the_days_direction_figure_is_never_read_beside_a_later_span(
    news: News, found: Found, day: int, total: int
) -> None:
    text = (
        f"The ministry said that over the past day, in the Siversk direction, Ukrainian "
        f"forces lost up to {day:,} servicemen, and that since March Ukraine had lost more "
        f"than {total:,} troops."
    )
    counts = {count for _, _, count in found(news(text))}
    assert Count.parse(f"up to {day:,}") not in counts
    assert counts == {Count.parse(f"more than {total:,}")}
