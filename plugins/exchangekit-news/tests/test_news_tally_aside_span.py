"""A relative aside's span, and whether it makes the main clause's figure a running total.

"Kyiv, which has sought swaps throughout the war, got back 84 soldiers on Friday": the
aside tells the subject's story and the day makes the figure one handover. With no day
("The office, which has logged the swaps throughout the war, said 4,000 have been
freed"), the aside's span is the only one told, and the figure stays a running total.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 6, 10)


@given(count=st.integers(min_value=1500, max_value=6000))
@settings(max_examples=10, deadline=None)
def test_news_an_undated_total_after_an_aside_stays_a_total(news: News, count: int) -> None:
    text = (
        "Ukraine's ombudsman, who has followed the swaps throughout the war, "
        f"said {count:,} Ukrainians have come home."
    )
    result = news(text, published=PUBLISHED)
    assert not any(str(t.count) == f"{count:,}" for e in result.exchanges for t in e.transfers)
    assert any(str(t.count) == f"{count:,}" for t in result.tallies)


def test_news_a_dated_handover_after_an_aside_is_one_swap(news: News) -> None:
    # near miss: the day told in the main clause makes the figure one handover
    text = (
        "Kyiv, whose negotiators have pushed for exchanges throughout the war, "
        "got back 62 soldiers on Saturday."
    )
    result = news(text, published=PUBLISHED)
    assert {
        (t.sender.code, t.receiver.code, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    } == {("RUS", "UKR", "62")}
    assert not result.tallies


def test_news_a_total_freed_after_an_aside_is_no_swap(news: News) -> None:
    # harder: a passive of freeing, and the aside names the exchanges by another noun
    text = (
        "Ukraine's ombudsman, which has followed the handovers throughout the war, "
        "said 3,850 Ukrainians have been freed."
    )
    result = news(text, published=PUBLISHED)
    assert not any(str(t.count) == "3,850" for e in result.exchanges for t in e.transfers)
