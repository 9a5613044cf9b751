""" "The same number each time" after listed sizes repeats each size on its own date.

"On 3 March and 19 March, 120 and 64 soldiers came home, Russia getting back the same
number each time": "each time" after the phrase, like "each time" before it, says every
listed handover had its own counterpart, so Russia got 120 on 3 March and 64 on 19
March, never the last size on the first date or the first on both. Without "each time"
the phrase has no one figure to repeat and the other way is left unread.
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
PUBLISHED = date(2025, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March and 19 March, 120 and 64 Ukrainian soldiers returned home, Russia"
        " getting back the same number of its servicemen each time.",
        "On 3 March and 19 March, 120 and 64 Ukrainian prisoners came home, with Russia"
        " receiving the same number each time.",
        "Ukraine got back 120 and 64 prisoners of war on 3 March and 19 March, and"
        " Moscow received the same number each time.",
    ],
)
def test_news_each_listed_size_goes_back_on_its_own_date(news: News, text: str) -> None:
    legs = news(text, published=PUBLISHED).dated_way_counts()
    assert ("2025-03-03", "UKR", "RUS", Count.exact(120)) in legs
    assert ("2025-03-19", "UKR", "RUS", Count.exact(64)) in legs
    assert ("2025-03-03", "UKR", "RUS", Count.exact(64)) not in legs
    assert ("2025-03-19", "UKR", "RUS", Count.exact(120)) not in legs


def test_news_the_same_number_without_each_time_sends_nothing_back(news: News) -> None:
    text = (
        "On 3 March and 19 March, 120 and 64 Ukrainian prisoners came home, with Russia"
        " receiving the same number."
    )
    assert {leg[:3] for leg in news(text, published=PUBLISHED).dated_way_counts()} == {
        ("2025-03-03", "RUS", "UKR"),
        ("2025-03-19", "RUS", "UKR"),
    }


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(min_value=20, max_value=150),
    step=st.integers(min_value=60, max_value=300),
)
def test_news_each_time_after_the_phrase_never_moves_a_size_to_another_date(
    news: News, first: int, step: int
) -> None:
    second = first + step
    text = (
        f"On 3 March and 19 March, {first:,} and {second:,} Ukrainian prisoners came home,"
        " with Russia receiving the same number each time."
    )
    back = {
        (day, count)
        for day, sender, _, count in news(text, published=PUBLISHED).dated_way_counts()
        if sender == "UKR"
    }
    assert back == {("2025-03-03", Count.exact(first)), ("2025-03-19", Count.exact(second))}
