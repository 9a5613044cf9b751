""" "The largest so far" ranks one exchange; it does not make its figure a running total.

"So far" after a superlative or a rank ("the biggest so far", "the largest so
far") compares one swap with the ones before it, whether or not the exchange noun
is written out. The figure is that swap's size. "So far" on its own, or a span
("since March"), still counts every exchange up to now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

Read = Callable[..., Any]

_POW = PersonCategory.PRISONERS_OF_WAR


def _legs(result: Any) -> set[tuple[str, str, str, PersonCategory, Count]]:
    return {
        (str(e.period), t.sender.code, t.receiver.code, t.category, t.count)
        for e in result.exchanges
        for t in e.transfers
    }


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Last month, in the biggest so far, 312 Ukrainian soldiers came home from Russian "
            "captivity.",
            "2025-09",
        ),
        (
            "The handover on 3 May, the largest so far, brought 312 Ukrainian soldiers home "
            "from Russia.",
            "2025-05-03",
        ),
        (
            "On 3 May, the biggest so far, Ukraine got back 312 soldiers from Russian captivity.",
            "2025-05-03",
        ),
    ],
)
def test_news_the_largest_so_far_is_one_swap(news: Read, text: str, period: str) -> None:
    result = news(text)
    assert _legs(result) == {(period, "RUS", "UKR", _POW, Count.exact(312))}
    assert result.tallies == []


@pytest.mark.parametrize(
    "text",
    [
        "So far, 312 Ukrainian soldiers have come home from Russian captivity this year.",
        "In the biggest so far, 312 Ukrainian soldiers have come home from Russian "
        "captivity since March.",
    ],
)
def test_news_so_far_alone_or_with_a_span_is_still_a_running_total(news: Read, text: str) -> None:
    result = news(text)
    assert result.exchanges == []
    assert [t.count for t in result.tallies] == [Count.exact(312)]


@given(
    n=st.integers(min_value=2, max_value=20_000).filter(lambda n: not 1800 <= n <= 2100),
    rank=st.sampled_from(["largest", "biggest", "smallest"]),
)
def test_news_a_swap_ranked_so_far_keeps_its_size(news: Read, n: int, rank: str) -> None:
    result = news(f"On 3 May, the {rank} so far, Ukraine got back {n:,} soldiers from Russia.")
    assert _legs(result) == {("2025-05-03", "RUS", "UKR", _POW, Count.exact(n))}
