"""'three in the first and 94 on Sunday': a rank after a figure dates it by the list before.

After a sentence listing dated swaps, "Moscow said it got three in the first and 94 on
Sunday" gave the three the Sunday of the next figure; the rank names the first listed
day, and its noun may be left out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

_LIST = (
    "Kyiv has held three swaps lately, on 2 April, 19 April and 7 May, bringing home "
    "soldiers each time. "
)


@pytest.mark.parametrize(
    ("told", "day", "count"),
    [
        (
            "Russia said it received five servicemen in the first and 70 on Sunday.",
            "2025-04-02",
            "5",
        ),
        # the harder form: the rank's noun said, a later rank, a particle verb
        (
            "Moscow said it got back 12 soldiers in the second handover and 70 on Sunday.",
            "2025-04-19",
            "12",
        ),
    ],
)
def test_news_rank_after_figure_takes_listed_day(
    news: Callable[..., Any], told: str, day: str, count: str
) -> None:
    result = news(_LIST + told, published=date(2025, 5, 12))
    dated = {
        (str(e.period), str(t.count))
        for e in result.exchanges
        for t in e.transfers
        if t.receiver.code == "RUS"
    }
    assert (day, count) in dated
    assert ("2025-05-11", count) not in dated  # not the next figure's Sunday


def test_news_rank_of_a_year_is_no_listed_day(news: Callable[..., Any]) -> None:
    # near miss: "in the first half of the year" is no rank among the listed swaps
    result = news(
        _LIST + "Russia said it received 70 servicemen in the first half of the year.",
        published=date(2025, 5, 12),
    )
    read = [(str(e.period), str(t.count)) for e in result.exchanges for t in e.transfers]
    assert ("2025-04-02", "70") not in read
    # the 70 is read, if at all, as no listed swap's day: none of them is dated by a rank
    assert all(day not in ("2025-04-02", "2025-04-19", "2025-05-07") for day, _ in read)


def test_news_a_half_year_count_spans_that_half(news: Callable[..., Any]) -> None:
    """The real reading: 70 in the first half of this year sums that half, told so far;
    it is no running total since 2022."""
    result = news(
        _LIST + "Russia said it received 70 servicemen in the first half of the year.",
        published=date(2025, 5, 12),
    )
    spans = [(str(t.covers.start), str(t.covers.end), str(t.count)) for t in result.tallies]
    assert spans == [("2025-01-01", "2025-05-12", "70")]


def _to_russia(news: Callable[..., Any], told: str) -> set[tuple[str, str]]:
    """(day, count) of every leg received by Russia in the listed swaps and ``told``."""
    result = news(_LIST + told, published=date(2025, 5, 12))
    return {
        (str(e.period), str(t.count))
        for e in result.exchanges
        for t in e.transfers
        if t.receiver.code == "RUS"
    }


@pytest.mark.parametrize(
    ("told", "legs"),
    [
        # "one" stands for the rank's noun (review 7: the rank is a pointer into the list,
        # however its noun is said)
        (
            "Russia said it received 40 servicemen in the second one.",
            {("2025-04-19", "40")},
        ),
        # "of them" picks from the list
        (
            "Russia said it received eight servicemen in the first and 61 servicemen in the"
            " third of them.",
            {("2025-04-02", "8"), ("2025-05-07", "61")},
        ),
        # the harder form: "of those" with the list's noun, a comma and a gapped figure after
        (
            "Moscow said it got back 26 soldiers in the last of those swaps, and Kyiv 30.",
            {("2025-05-07", "26")},
        ),
    ],
)
def test_news_rank_pointer_said_another_way_takes_listed_day(
    news: Callable[..., Any], told: str, legs: set[tuple[str, str]]
) -> None:
    assert legs <= _to_russia(news, told)


def test_news_rank_pointer_of_something_else_is_no_listed_day(news: Callable[..., Any]) -> None:
    # near miss: "of them" must end the pointer; "the second of them in a month" is not
    # among the words a rank pointer may hold, so the rank gives no listed day
    read = _to_russia(news, "Russia said it received 40 servicemen in the second of them in June.")
    assert ("2025-04-19", "40") not in read
    # near miss: "one" followed by more words is no pointer ("in the second one-day visit")
    read = _to_russia(news, "Russia said it received 40 servicemen in the second one-day visit.")
    assert ("2025-04-19", "40") not in read
