"""A day's figure "given" in the sentence after a total of losses: "Its update gave 1,090".

"Russian losses had topped 1,160,000. Its daily update on Wednesday gave 1,090 for
the previous 24 hours.": a bare number that a verb of giving takes, with a window of
one day, is that day's figure of the count just claimed, as after "added" or
"includes". A figure of equipment, or one with no window, stays unread.
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
Found = Callable[..., Any]

_PUBLISHED = date(2025, 10, 9)


@settings(max_examples=20, deadline=None)
@given(
    day=st.integers(500, 1_600),
    opening=st.sampled_from(["Its daily update", "Its morning bulletin", "It"]),
    verb=st.sampled_from(["gave", "gives"]),
    window=st.sampled_from(
        ["over the past day", "for the previous 24 hours", "in the last 24 hours"]
    ),
)
def test_news_a_bare_figure_given_for_one_day_after_a_total_is_a_claim(
    news: News, found: Found, day: int, opening: str, verb: str, window: str
) -> None:
    text = (
        "Ukraine's General Staff said Russian personnel losses had reached 1,121,480. "
        f"{opening} {verb} {day:,} {window}."
    )
    assert ("RUS", "total_losses", Count.exact(day)) in found(news(text, published=_PUBLISHED))


def test_news_equipment_given_for_one_day_stays_unread(news: News, found: Found) -> None:
    """Near miss: the day's figure counts tanks, not the losses' people."""
    text = (
        "Ukraine's General Staff said Russian personnel losses had reached 1,121,480. "
        "Its update gave 14 tanks over the past day."
    )
    assert ("RUS", "total_losses", Count.exact(14)) not in found(news(text, published=_PUBLISHED))


def test_news_a_figure_given_with_no_window_stays_unread(news: News, found: Found) -> None:
    """Near miss: no window of time makes the figure a day's share of the count."""
    text = (
        "Ukraine's General Staff said Russian personnel losses had reached 1,121,480. "
        "Its update gave 980 as a correction."
    )
    assert ("RUS", "total_losses", Count.exact(980)) not in found(news(text, published=_PUBLISHED))


@pytest.mark.parametrize(
    "teller",
    [
        "Kyiv's General Staff",
        "The Ukrainian military",
        "Ukraine's defence ministry",
    ],
)
def test_news_a_figure_another_teller_gave_is_no_share_of_the_total(
    news: News, found: Found, teller: str
) -> None:
    """Near miss: another teller's day figure is not a share of Moscow's total."""
    text = (
        "Russia's defence ministry said Ukrainian losses had passed 480,000 since 2022. "
        f"{teller} gave 1,240 for the previous 24 hours."
    )
    read = found(news(text, published=_PUBLISHED))
    assert not any(entry[2] == Count.exact(1_240) for entry in read)


def test_news_the_teller_named_again_gives_the_day_share(news: News, found: Found) -> None:
    """The same teller named as the subject of "gave" still gives the day's share."""
    text = (
        "Ukraine's General Staff said Russian personnel losses had reached 1,098,300. "
        "Ukraine's General Staff gave 930 for the previous 24 hours."
    )
    assert ("RUS", "total_losses", Count.exact(930)) in found(news(text, published=_PUBLISHED))
