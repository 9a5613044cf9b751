""" "The total" of one side's losses the sentence before named without a figure.

"Kyiv's army command issues a daily update on Russian "personnel losses". On Monday
it put the total at about 1,012,000": the total is the running count of the losses
the sentence before named, so it is read as that side's losses of that kind, and a
day's share given beside it ("having added 1,150 in the past 24 hours") with it.
Without losses named before, "the total" counts nothing and stays unread.
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

_PUBLISHED = date(2025, 7, 3)
_NAMED = 'Kyiv\'s army command issues a daily update on Russian "personnel losses". '


@settings(max_examples=20, deadline=None)
@given(
    total=st.integers(400, 1_300).map(lambda k: k * 1000),
    day=st.integers(600, 1_500),
    opening=st.sampled_from(["On Monday it", "As of 2 July it", "On Tuesday it"]),
    verb=st.sampled_from(["put", "gave", "set"]),
)
def test_news_the_total_of_losses_named_before_is_read(
    news: News, found: Found, total: int, day: int, opening: str, verb: str
) -> None:
    text = (
        _NAMED + f"{opening} {verb} the total since February 2022 at about {total:,}, "
        f"having added {day:,} in the past 24 hours."
    )
    claims = found(news(text, published=_PUBLISHED))
    assert ("RUS", "total_losses", Count.approx(total)) in claims
    assert ("RUS", "total_losses", Count.exact(day)) in claims


def test_news_the_total_of_dead_named_before_keeps_the_kind(news: News, found: Found) -> None:
    text = (
        "Moscow's defence ministry rarely comments on Ukrainian military deaths. "
        "This week it put the total at 450,000."
    )
    assert ("UKR", "killed", Count.exact(450_000)) in found(news(text, published=_PUBLISHED))


def test_news_the_total_with_no_losses_named_before_stays_unread(news: News, found: Found) -> None:
    """Near miss: the sentence before names no losses, so the total counts nothing told."""
    text = (
        "Kyiv's army command issues a daily update on the front line. "
        "On Monday it put the total at about 1,012,000."
    )
    assert not found(news(text, published=_PUBLISHED))


def test_news_a_total_of_equipment_after_losses_named_stays_unread(
    news: News, found: Found
) -> None:
    """Near miss: the total is of tanks, not of the people the losses counted."""
    text = _NAMED + "On Monday it put the total of tanks destroyed at 11,000."
    assert not found(news(text, published=_PUBLISHED))
