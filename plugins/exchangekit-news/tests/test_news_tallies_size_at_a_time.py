"""A size told "at a time" is what each of several handovers moved, never a total."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]

_PUBLISHED = date(2025, 9, 2)


def _counts(result: Any) -> set[str]:
    return {str(t.count) for t in result.tallies}


def test_news_bodies_at_a_time_over_a_year_are_no_total(news: News) -> None:
    result = news(
        "Over the past year Kyiv has taken back the bodies of roughly 800 soldiers at a "
        "time, in several handovers.",
        published=_PUBLISHED,
    )
    assert not any("800" in c for c in _counts(result))


def test_news_bodies_at_a_time_after_a_colon_are_no_total(news: News) -> None:
    # a harder form: a fronted span after a colon, the size before its source
    result = news(
        "Handovers have grown larger since the spring: in recent months, Ukraine has "
        "received about 500 bodies at a time from Russia, often after weeks of talks.",
        published=_PUBLISHED,
    )
    assert not any("500" in c for c in _counts(result))


def test_news_bodies_over_a_year_without_at_a_time_are_a_total(news: News) -> None:
    # near miss: no "at a time", the bodies over the year are a total
    result = news(
        "Over the past year Kyiv has taken back the bodies of roughly 800 soldiers, in "
        "several handovers.",
        published=_PUBLISHED,
    )
    assert any("800" in c for c in _counts(result))
