"""A total a staged exchange "brought" to a figure stands as of that exchange's last day.

"The sides swapped 1,000 each between 23 and 25 May. Kyiv said the operation had
brought the number freed since 2022 to 5,000": the exchange over three days is read
as a total over those days, not as one exchange, yet it is what raised the running
total, which so stands on 25 May, not on the day of the story. A total that names no
exchange raising it keeps the story's day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]
SUNDAY = date(2025, 6, 8)
STAGES = "The two sides handed over 1,000 prisoners each between 23 and 25 May. "


def _running(news: News, text: str) -> set[tuple[str, str]]:
    return {
        (str(t.as_of), str(t.count))
        for t in news(text, published=SUNDAY).tallies
        if t.covers.start == date(2022, 2, 24)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The ombudsman said the exchange had brought the number of Ukrainians returned "
        "since 2022 to more than 5,000.",
        "Kyiv said that operation had brought to more than 5,000 the number of Ukrainians "
        "returned since 2022.",
        "That brought the total of Ukrainians freed since 2022 to more than 5,000, the "
        "ombudsman said.",
    ],
)
def test_news_a_total_the_staged_exchange_raised_stands_on_its_last_day(
    news: News, sentence: str
) -> None:
    assert _running(news, STAGES + sentence) == {("2025-05-25", "more than 5,000")}


def test_news_a_total_no_exchange_raised_keeps_the_storys_day(news: News) -> None:
    text = STAGES + "More than 5,000 Ukrainians have been returned since 2022, the ombudsman said."
    assert _running(news, text) == {("2025-06-08", "more than 5,000")}


@given(n=st.integers(min_value=2_200, max_value=90_000))
def test_news_any_total_raised_by_the_stages_stands_on_their_last_day(news: News, n: int) -> None:
    text = (
        STAGES + f"The ombudsman said the exchange had brought the number of Ukrainians "
        f"returned since 2022 to {n:,}."
    )
    assert {as_of for as_of, _ in _running(news, text)} == {"2025-05-25"}


def test_news_a_since_framing_the_stages_does_not_widen_their_span(news: News) -> None:
    text = (
        "Since the talks began in May, the two sides have handed over 1,000 prisoners each "
        "between 23 and 25 May."
    )
    spans = {(str(t.covers), str(t.as_of)) for t in news(text, published=SUNDAY).tallies}
    assert spans == {("2025-05-23/2025-05-25", "2025-05-25")}
