"""A number set against "every body" or "each body" is a rate of exchange, not a count.

- "For every body Moscow has received since May, Kyiv has received roughly 40": the
  figure says how many came back per body sent the other way; it is neither a
  running total nor a handover.
- Near miss: a plain count of bodies with no "for every (each) body" keeps its
  handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_PUBLISHED = date(2025, 9, 18)


def _read_anything(read: Any) -> bool:
    return bool(read.exchanges or read.tallies or read.claims)


def test_news_ratio_for_every_body_since_a_month_is_no_tally(news: News) -> None:
    text = (
        "For every body Moscow has received since May, Kyiv has received roughly 40, "
        "a sign of who holds the ground."
    )
    assert not _read_anything(news(text, published=_PUBLISHED))


def test_news_ratio_for_each_body_after_the_count_is_no_handover(news: News) -> None:
    text = "Ukraine got back about 25 for each body it returned over the summer, officials say."
    assert not _read_anything(news(text, published=_PUBLISHED))


def test_news_ratio_for_every_corpse_is_no_handover(news: News) -> None:
    text = "For every corpse Russia took back last month, Ukraine received nearly 30."
    assert not _read_anything(news(text, published=_PUBLISHED))


@settings(max_examples=15, deadline=None)
@given(n=st.integers(2, 90))
def test_news_ratio_per_body_is_never_a_count(news: News, n: int) -> None:
    text = f"For each body Russia has received this year, Ukraine has received {n:,}."
    assert not _read_anything(news(text, published=_PUBLISHED))


def test_news_plain_count_of_bodies_keeps_its_handover(news: News) -> None:
    text = "Kyiv received 909 bodies on Friday and handed over 43, the ministry said."
    read = news(text, published=_PUBLISHED)
    ways = {
        (t.sender.code, t.receiver.code, str(t.count)) for e in read.exchanges for t in e.transfers
    }
    assert ("RUS", "UKR", "909") in ways
    assert ("UKR", "RUS", "43") in ways


def test_news_sentence_opened_by_another_for_keeps_its_handover(news: News) -> None:
    text = "For the first time since May, Kyiv received 40 bodies on Friday, the ministry said."
    read = news(text, published=_PUBLISHED)
    ways = {
        (t.sender.code, t.receiver.code, str(t.count)) for e in read.exchanges for t in e.transfers
    }
    assert ("RUS", "UKR", "40") in ways
