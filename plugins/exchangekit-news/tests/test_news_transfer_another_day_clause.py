""", and on <day>" opens the clause of another exchange in a sentence listing several.

"On 3 and 9 May, in swaps that each brought about 15 soldiers home, no Russian
figures were given, and on 20 May Kyiv said Moscow had received 60 people": the
swaps counted before the date do not make the 60 a running total, and the 60 is
the 20th's, not the 3rd's and 9th's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=30, max_value=400), st.sampled_from(["20 May", "May 20"]))
def test_news_day_after_and_dates_its_own_exchange(
    news: Callable[..., Any], count: int, day: str
) -> None:
    read = news(
        "On 3 and 9 May, in swaps that each brought about 15 Ukrainian soldiers home, no"
        f" Russian figures were given, and on {day} Kyiv said Moscow had received {count}"
        " people.",
        published=date(2023, 5, 30),
    )
    assert not read.tallies
    assert ("2023-05-20", "RUS", str(count)) in read.day_receipts()
    assert not any(leg[2] == str(count) and leg[0] != "2023-05-20" for leg in read.day_receipts())


def test_news_day_after_and_with_a_figure_between(news: Callable[..., Any]) -> None:
    # the harder form: an aside with a figure of its own between the day and the count
    read = news(
        "On 3 and 9 May, in swaps that each brought about 15 Ukrainian soldiers home, no"
        " Russian figures were given, and on 20 May, in the exchange that freed 64 nurses,"
        " Kyiv said the Russians had got back 60 people.",
        published=date(2023, 5, 30),
    )
    assert not read.tallies
    legs = read.day_receipts()
    assert ("2023-05-20", "RUS", "60") in legs
    assert ("2023-05-03", "RUS", "60") not in legs
    assert ("2023-05-09", "RUS", "60") not in legs


def test_news_and_without_a_day_keeps_the_total(news: Callable[..., Any]) -> None:
    # near miss: ", and in" before no day or month opens no other exchange's clause;
    # the exchanges counted before still make the figure a running total
    read = news(
        "In six exchanges since March, and in talks held in Istanbul, Moscow has"
        " received 60 people.",
        published=date(2023, 5, 30),
    )
    assert [str(t.count) for t in read.tallies] == ["60"]
    assert not any(leg[2] == "60" for leg in read.day_receipts())
