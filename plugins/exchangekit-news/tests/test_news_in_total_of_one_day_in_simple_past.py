"""An opening "In total" before a simple past of one day's swap sums that swap's groups.

"The sides swapped prisoners on Thursday. In total, 140 Ukrainian servicemen returned
home": the simple past tells of the one handover just dated, so "in total" adds up its
groups and the figure is that swap's transfer, not a running total since the war began.
A perfect ("have come home") counts up to now, and a sum told after plural swaps, a
swap of several days or with no day named may add up many handovers: those keep their
reading as a total.
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
PUBLISHED = date(2025, 3, 21)  # a Friday


def _transfers(news: News, text: str) -> set[tuple[str, str, str, Count]]:
    return {
        (str(e.period), t.sender.code, t.receiver.code, t.count)
        for e in news(text, published=PUBLISHED).exchanges
        for t in e.transfers
    }


@pytest.mark.parametrize(
    ("text", "day", "count"),
    [
        (
            "Kyiv and Moscow exchanged prisoners on Thursday. In total, 140 Ukrainian "
            "servicemen returned home.",
            "2025-03-20",
            140,
        ),
        (
            "Yesterday Russia and Ukraine held a swap. In all, 64 Ukrainian soldiers were freed.",
            "2025-03-20",
            64,
        ),
        ("In total, 88 Ukrainian marines came home on Wednesday.", "2025-03-19", 88),
        (
            "The exchange took place on Tuesday. Altogether, 31 Ukrainian soldiers came back, "
            "the ombudsman said.",
            "2025-03-18",
            31,
        ),
    ],
)
def test_news_an_opening_in_total_in_the_simple_past_is_the_days_transfer(
    news: News, text: str, day: str, count: int
) -> None:
    read = news(text, published=PUBLISHED)
    assert _transfers(news, text) == {(day, "RUS", "UKR", Count.exact(count))}
    assert read.tallies == []


@pytest.mark.parametrize(
    "text",
    [
        # a perfect counts up to now
        "Kyiv and Moscow exchanged prisoners on Thursday. In total, 3,400 Ukrainian "
        "soldiers have come home.",
        # "so far" counts up to now whatever the tense
        "Kyiv and Moscow exchanged prisoners on Thursday. So far, 700 Ukrainian soldiers "
        "were freed.",
        # the days of one swap told as lasting several
        "The two-day swap ended on Thursday. In all, 600 Ukrainian soldiers were freed.",
        # plural swaps told before
        "Kyiv held nine swaps last year, the last on 30 December. In total, 1,900 "
        "Ukrainian soldiers came home.",
        # no day named here or just before
        "In total, 300 Ukrainian soldiers returned home.",
        # a month may sum many handovers
        "In all, 900 Ukrainian soldiers came back in March.",
    ],
)
def test_news_an_in_total_that_may_sum_many_handovers_is_no_days_transfer(
    news: News, text: str
) -> None:
    assert _transfers(news, text) == set()


def test_news_an_in_total_after_figures_told_keeps_its_reading(news: News) -> None:
    text = (
        "On Thursday, 100 Ukrainian soldiers came home; on Friday, 50 more did. "
        "In total, 150 Ukrainian soldiers were freed."
    )
    counts = {c for (_, _, _, c) in _transfers(news, text)}
    assert Count.exact(150) not in counts


@given(
    count=st.integers(min_value=2, max_value=99_999).filter(lambda n: not 1800 <= n <= 2100),
    weekday=st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday"]),
)
def test_news_the_summed_figure_is_the_swaps_transfer_whatever_its_size(
    news: News, count: int, weekday: str
) -> None:
    text = (
        f"The sides swapped prisoners on {weekday}. "
        f"In total, {count:,} Ukrainian soldiers returned home."
    )
    found = _transfers(news, text)
    assert {(s, r, c) for (_, s, r, c) in found} == {("RUS", "UKR", Count.exact(count))}
    assert news(text, published=PUBLISHED).tallies == []
