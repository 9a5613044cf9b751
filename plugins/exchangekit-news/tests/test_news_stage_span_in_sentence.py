"""Stages listed with their sizes in the sentence that gives the span they ran over.

"Between June 14 and 16, both sides released 600 soldiers - in three stages of 250,
200 and 150": the span's ends are the sentence's only days and it holds one day per
stage, so each stage goes both ways on its own day, in order, beside the per-side
total. A span longer than the list, or one across two months, gives no stage a day,
so no stage is read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
PUBLISHED = date(2025, 7, 1)


def _stages(read: Any) -> set[tuple[str, str, str, str]]:
    return {(p, s, r, n) for p, s, r, _, n in read.period_legs()}


@pytest.mark.parametrize(
    "text",
    [
        "Between June 14 and 16, both sides released 600 soldiers - in three stages of 250, "
        "200 and 150 - according to the mediators.",
        "Between 14 June and 16 June, each side freed 600 servicemen, officials in Kyiv said, "
        "in three stages of 250, 200 and 150.",
    ],
)
def test_news_each_stage_takes_its_day_of_the_span(news: News, text: str) -> None:
    read = news(text, published=PUBLISHED)
    assert _stages(read) == {
        (day, a, b, n)
        for day, n in (("2025-06-14", "250"), ("2025-06-15", "200"), ("2025-06-16", "150"))
        for a, b in (("UKR", "RUS"), ("RUS", "UKR"))
    }
    assert {str(t.covers) for t in read.tallies} == {"2025-06-14/2025-06-16"}


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: four days for three stages, or a span across two months
        "Between 14 June and 17 June, each side freed 600 servicemen, in three stages of 250, "
        "200 and 150.",
        "Between 30 June and 2 July, each side freed 600 servicemen, in three stages of 250, "
        "200 and 150.",
    ],
)
def test_news_span_without_a_day_per_stage_dates_no_stage(news: News, text: str) -> None:
    read = news(text, published=PUBLISHED)
    assert not read.exchanges
