"""A figure moved "over three days" sums the days of one exchange made in stages.

"In April, over four days, the sides completed the exchange of 600 for 600": the text
gives the operation only as one figure, so it is a tally over the month its days fell
in, like "the four-day exchange in April", never one day's handover. With no month or
span to place the days in no tally is read, and a figure whose own clause names one day
("on Sunday, the final stage of a swap held over three days") stays that day's handover.
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


def _tallies(news: News, text: str) -> set[tuple[str, str, Count, str]]:
    return {
        (t.sender.code, t.receiver.code, t.count, str(t.covers))
        for t in news(text, published=LATER).tallies
    }


@pytest.mark.parametrize(
    ("text", "ways", "count", "covers"),
    [
        # the span fronted, a bare "N for N" both ways
        (
            "In April, over four days, the two sides completed the exchange of 600 for 600.",
            {("RUS", "UKR"), ("UKR", "RUS")},
            "600",
            "2025-04-01/2025-04-30",
        ),
        # harder: "to each side" and the span after the figure, the month and year before
        (
            "The largest operation, in March 2024, returned 850 to each side over two days.",
            {("RUS", "UKR"), ("UKR", "RUS")},
            "850",
            "2024-03-01/2024-03-31",
        ),
        # one way, bodies, the month after the span
        (
            "Russia handed back 2,400 bodies over three days in August.",
            {("RUS", "UKR")},
            "2,400",
            "2025-08-01/2025-08-31",
        ),
    ],
)
def test_news_a_figure_over_counted_days_is_a_tally_of_its_month(
    news: News, text: str, ways: set[tuple[str, str]], count: str, covers: str
) -> None:
    assert news(text, published=LATER).dated_way_count_list() == []
    assert _tallies(news, text) == {(s, r, Count.parse(count), covers) for s, r in ways}


def test_news_a_figure_over_counted_days_with_no_month_reads_no_tally(news: News) -> None:
    # near miss: the days are not placed in a month, so no total (least of all one since
    # the war began) is read from them; stages told beside such a run sum to it instead
    text = "Over three days that ended on Sunday, 640 Ukrainians came home."
    assert _tallies(news, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv got back 303 soldiers on Sunday, the final stage of a swap held over three days.",
        "On Sunday Ukraine received 303 prisoners of war, completing a swap carried out over "
        "three days.",
    ],
)
def test_news_one_named_day_of_the_counted_days_stays_a_handover(news: News, text: str) -> None:
    # near miss: the figure's own clause names one day of the span
    assert news(text, published=LATER).dated_way_count_list() == [
        ("2025-10-19", "RUS", "UKR", Count.exact(303))
    ]
    assert _tallies(news, text) == set()


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=101, max_value=1799) | st.integers(min_value=2101, max_value=9000),
    days=st.sampled_from(["two", "three", "four", "five"]),
    month=st.sampled_from([("May", 5), ("June", 6), ("July", 7)]),
)
def test_news_any_count_over_counted_days_in_a_month_is_that_months_tally(
    news: News, n: int, days: str, month: tuple[str, int]
) -> None:
    name, number = month
    text = f"In {name}, Moscow returned {n:,} bodies to Ukraine over {days} days."
    assert news(text, published=LATER).dated_way_count_list() == []
    ((sender, receiver, count, covers),) = _tallies(news, text)
    assert (sender, receiver, count) == ("RUS", "UKR", Count.exact(n))
    assert covers.startswith(f"2025-{number:02d}-01/")


def test_news_a_bare_figure_over_counted_days_names_no_kind_and_stands_in_its_month(
    news: News,
) -> None:
    # a figure with no noun sums people the story's swaps may not all share: no one kind;
    # no swap noun names the days, so the total is told as it stands when written
    text = (
        "Ukraine and Russia swapped prisoners of war again on Friday. The largest "
        "operation, in March 2024, returned 850 to each side over two days."
    )
    tallies = news(text, published=LATER).tallies
    assert {(t.category.value, str(t.as_of)) for t in tallies} == {("other", "2025-10-23")}
    assert len(tallies) == 2
