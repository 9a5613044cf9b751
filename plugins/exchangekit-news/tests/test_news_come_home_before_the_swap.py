"""People who "had come home before this exchange" are a total up to it, not its figure.

"On Sunday 303 soldiers came home. More than 4,500 people had come home before this
exchange": the people came back on their own feet (an active perfect of coming,
going or returning), before the exchange just told, so they are the sum of every
earlier return, as the passive ("had been freed before this exchange") already was;
the exchange's day must not date them as its own handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
PUBLISHED = date(2025, 5, 27)
SWAP = "On Sunday 303 Ukrainian soldiers came home. "


def _counts(news: News, text: str) -> tuple[set[Count], set[Count]]:
    read = news(text, published=PUBLISHED)
    transfers = {t.count for e in read.exchanges for t in e.transfers}
    return transfers, {t.count for t in read.tallies}


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 4,500 Ukrainians had come home from captivity before this exchange.",
        "By Kyiv's count, 2,100 Ukrainian soldiers had returned before Sunday's swap.",
        "Before this exchange, 3,700 Ukrainians had come back from Russia.",
        "Some 1,950 Ukrainian soldiers had gone home before the latest swap, Kyiv said.",
    ],
)
def test_news_a_perfect_of_coming_home_before_the_swap_is_a_total(
    news: News, sentence: str
) -> None:
    transfers, tallies = _counts(news, SWAP + sentence)
    assert transfers == {Count.exact(303)}
    assert len(tallies) == 1


def test_news_coming_home_on_a_day_before_the_swap_is_that_days_handover(news: News) -> None:
    # a day of its own before "before": the handover of that day, not a sum
    text = SWAP + "On Friday, 90 Ukrainian soldiers had come home before the swap."
    transfers, tallies = _counts(news, text)
    assert Count.exact(90) in transfers
    assert Count.exact(90) not in tallies


@given(count=st.integers(min_value=400, max_value=99_999).filter(lambda n: not 1800 <= n <= 2100))
def test_news_the_count_up_to_the_swap_is_never_the_swaps_figure(news: News, count: int) -> None:
    text = SWAP + f"Kyiv says {count:,} Ukrainians had come home before this exchange."
    transfers, tallies = _counts(news, text)
    assert transfers == {Count.exact(303)}
    assert tallies == {Count.exact(count)}
