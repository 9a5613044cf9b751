"""A figure of an exchange told as lasting several days ("the three-day swap") sums its days.

"The two-day exchange in March brought 640 Ukrainians home": the swap was made on
several days, so its figure is a tally over the month it fell in, as of that month,
never one day's handover. With no span to place the days in ("the three-day swap that
ended on Sunday") nothing is read. A figure of one of its days or stages ("on the final
day of the three-day swap") stays that day's handover.
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
LATER = date(2025, 10, 23)


def _tallies(news: News, text: str) -> set[tuple[str, str, Count, str, str]]:
    return {
        (t.sender.code, t.receiver.code, t.count, str(t.covers), str(t.as_of))
        for t in news(text, published=LATER).tallies
    }


@pytest.mark.parametrize(
    ("text", "ways", "count", "covers", "as_of"),
    [
        (
            "The two-day exchange in March brought 640 Ukrainians home.",
            {("RUS", "UKR")},
            "640",
            "2025-03-01/2025-03-31",
            "2025-03",
        ),
        # harder: the figure in a relative clause after the swap, a year named
        (
            "The biggest was a four-day exchange in February 2024, in which 1,250 Russians "
            "went home.",
            {("UKR", "RUS")},
            "1,250",
            "2024-02-01/2024-02-29",
            "2024-02",
        ),
        # harder: a bare "N for N" in a "when" clause, both ways
        (
            "The three-day swap in June, when 820 were exchanged for 820, is still the "
            "largest of the year.",
            {("RUS", "UKR"), ("UKR", "RUS")},
            "820",
            "2025-06-01/2025-06-30",
            "2025-06",
        ),
    ],
)
def test_news_a_several_day_exchange_is_a_tally_of_its_month(
    news: News, text: str, ways: set[tuple[str, str]], count: str, covers: str, as_of: str
) -> None:
    assert news(text, published=LATER).dated_way_count_list() == []
    assert _tallies(news, text) == {(s, r, Count.parse(count), covers, as_of) for s, r in ways}


def test_news_a_several_day_exchange_with_no_span_is_not_read(news: News) -> None:
    # the three days are not named: no day's handover and no total since the war began
    text = "In the three-day swap that ended on Sunday, 640 Ukrainians came home."
    assert news(text, published=LATER).dated_way_count_list() == []
    assert _tallies(news, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Each side freed 303 soldiers on the final day of a three-day swap on Sunday.",
        "On Sunday, the last day of the three-day exchange, 303 soldiers came home to Ukraine.",
    ],
)
def test_news_one_day_of_a_several_day_exchange_stays_a_handover(news: News, text: str) -> None:
    # near miss: the figure is one named day's, not the swap's sum
    assert ("2025-10-19", "RUS", "UKR", Count.parse("303")) in news(
        text, published=LATER
    ).dated_way_count_list()
    assert _tallies(news, text) == set()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a plain weekday after the figure, the swap's month fronted
        (
            "In the two-day exchange this month, Moscow released 212 Ukrainian troops on Monday.",
            "2025-10-20",
        ),
        # a day and month fronted before the figure
        ("On 18 October, 212 Ukrainians were freed in the three-day swap.", "2025-10-18"),
    ],
)
def test_news_a_plainly_dated_day_of_a_several_day_exchange_stays_a_handover(
    news: News, text: str, day: str
) -> None:
    # near miss: no "final" or "last" day, only the figure's own date, names the one day
    assert [(p, c) for p, _, _, c in news(text, published=LATER).dated_way_count_list()] == [
        (day, Count.exact(212))
    ]
    assert _tallies(news, text) == set()


@given(
    days=st.sampled_from(["two", "three", "four", "2", "3"]),
    noun=st.sampled_from(["swap", "exchange", "handover"]),
    month=st.sampled_from(["April", "July", "August"]),
    count=st.integers(min_value=2, max_value=5000),
)
@settings(max_examples=20, deadline=None)
def test_news_a_several_day_exchange_is_never_one_days_handover(
    news: News, days: str, noun: str, month: str, count: int
) -> None:
    # invariant: whatever its size, length and month, the swap's figure is no transfer
    text = f"The {days}-day {noun} in {month} brought {count:,} Ukrainians home."
    assert news(text, published=LATER).dated_way_count_list() == []
    assert [c for _, _, c, _, _ in _tallies(news, text)] == [Count.exact(count)]
