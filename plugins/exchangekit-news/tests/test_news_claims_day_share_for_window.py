"""A day's share of a loss total told "for" one day: "added 1,140 for the past day".

"for the previous 24 hours" is a window of one day just as "over" or "in" it is, so
a figure added to (or set beside) a total of losses with it is that day's share, a
claim of the total's side and kind. "for" with no window ("for the first time") or a
share of equipment gives no claim.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 9, 4)


@settings(max_examples=20, deadline=None)
@given(
    total=st.integers(700, 1_200).map(lambda k: k * 1000 + 340),
    day=st.integers(500, 1_600),
    link=st.sampled_from(["with", "with another", "after"]),
    window=st.sampled_from(["the previous 24 hours", "the past day", "the last 24 hours"]),
)
def test_news_a_share_added_for_one_day_is_the_days_claim(
    news: News, found: Found, total: int, day: int, link: str, window: str
) -> None:
    verb = "were added" if link == "after" else "added"
    text = (
        f"Kyiv's General Staff put Russian personnel losses at {total:,}, "
        f"{link} {day:,} {verb} for {window}."
    )
    claims = found(news(text, published=_PUBLISHED))
    assert ("RUS", "total_losses", Count.exact(total)) in claims
    assert ("RUS", "total_losses", Count.exact(day)) in claims


def test_news_the_next_sentence_adds_for_the_past_day(news: News, found: Found) -> None:
    text = (
        "Ukraine's army said Russian losses had reached 1,104,200. "
        "Its morning update added 980 for the past 24 hours."
    )
    assert ("RUS", "total_losses", Count.exact(980)) in found(news(text, published=_PUBLISHED))


def test_news_a_share_of_tanks_for_the_past_day_stays_unread(news: News, found: Found) -> None:
    """Near miss: the day's share is of equipment, no people the losses count."""
    text = (
        "Ukraine's army said Russian losses had reached 1,104,200. "
        "Its morning update added 980 tanks for the past 24 hours."
    )
    assert ("RUS", "total_losses", Count.exact(980)) not in found(news(text, published=_PUBLISHED))


def test_news_a_share_added_for_no_window_stays_unread(news: News, found: Found) -> None:
    """Near miss: "for the first time" is no window of one day."""
    text = (
        "Kyiv's General Staff put Russian personnel losses at 1,104,340, "
        "with 1,140 added for the first time."
    )
    claims = found(news(text, published=_PUBLISHED))
    assert ("RUS", "total_losses", Count.exact(1_104_340)) in claims
    assert ("RUS", "total_losses", Count.exact(1_140)) not in claims
