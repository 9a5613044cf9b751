"""A number its speaker leaves open: two offered as alternatives, or a doubted recollection.

"They quoted 200,000, or 250,000, depending on who you ask"; "which, if memory serves,
was 90,000 dead, or was it ...": no figure a journalist could print, so no claim.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2024, 5, 6)


@settings(max_examples=30, deadline=None)
@given(
    first=st.integers(2, 9).map(lambda k: k * 100_000),
    step=st.sampled_from([50_000, 100_000, 200_000]),
    hedge=st.sampled_from(["", "perhaps ", "maybe "]),
    written=st.booleans(),
)
def test_news_two_numbers_offered_as_alternatives_make_no_claim(
    news: News, first: int, step: int, hedge: str, written: bool
) -> None:
    one = f"{first:,}"
    other = f"{first + step:,}"
    if written:
        one, other = f"{first // 1000} thousand", f"{(first + step) // 1000} thousand"
    text = (
        "Kremlin officials have cited a figure of "
        f"{one}, or {hedge}{other}, Ukrainian soldiers killed, depending on the day."
    )
    assert news(text, published=_DAY).claims == []


@pytest.mark.parametrize(
    "text",
    [
        # a doubted recollection, said in a transcript turn
        "GUEST: And the number Moscow kept repeating, which, if I recall, was 90,000 "
        "Ukrainians killed, or was it more, nobody could check.",
        "GUEST: Moscow's figure was 90,000 Ukrainians killed, or was it 80,000, I forget.",
        "The ministry put Ukrainian dead, if memory serves, at 90,000.",
    ],
)
def test_news_a_doubted_recollection_makes_no_claim(news: News, text: str) -> None:
    assert [c for c in news(text, published=_DAY).claims if str(c.count) == "90,000"] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a share of the figure after ", or": the figure stands
        (
            "The ministry said 4,000 Ukrainian soldiers had been killed, or 20 per cent of "
            "the brigade.",
            "4,000",
        ),
        # "or" joining two kinds of harm, one number
        ("The ministry said 4,000 Ukrainian soldiers had been killed or wounded.", "4,000"),
        # "I remember" not as a doubt: the figure is told plainly
        (
            "Zelensky said 4,000 Ukrainian soldiers had been killed, and I remember the day.",
            "4,000",
        ),
    ],
)
def test_news_near_misses_keep_the_figure(news: News, text: str, count: str) -> None:
    assert [str(c.count) for c in news(text, published=_DAY).claims] == [count]


@pytest.mark.parametrize(
    "text",
    [
        # a toll restated after ", or" as an average per day: one figure, not two
        "Kyiv's military last month put Russian losses at 640,000, or about 900 a day.",
        # harder: a dashed aside before the figure, a span after the rate
        "The army's staff, which updates the count daily, put the figure for Russian losses "
        "- dead, wounded and captured - at 640,000, or roughly 900 a day since the invasion.",
        "The defence ministry said Russia had lost 640,000 troops, or some 20,000 per month.",
    ],
)
def test_news_a_toll_restated_as_a_rate_keeps_the_toll(news: News, text: str) -> None:
    assert [str(c.count) for c in news(text, published=_DAY).claims] == ["640,000"]


def test_news_a_second_figure_with_no_rate_still_leaves_it_open(news: News) -> None:
    # near miss: no rate after the second number, so it is an alternative
    text = "Kyiv put Russian losses at 640,000, or perhaps 660,000, by its latest count."
    assert news(text, published=_DAY).claims == []
