"""Shelling dated to one day that killed people is that day's attack, not a war toll.

"Shelling of the border town on 3 March had killed 14 people": shelling told before the
verb, with every date in the sentence naming one day ("on Sunday", "on 3 March", "on
Mar. 3"), is one attack, and the figure is its toll. Shelling over a span ("since the
spring", "this year") stays a side's running count of its dead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said that Ukrainian shelling of the frontier town of Shebekino on 3 March "
        "had killed 14 people.",
        "Moscow said that Ukrainian shelling of the frontier town of Shebekino on Mar. 3 "
        "had killed 14 people.",
        "Kyiv said that Russian shelling of the port on Sept. 12 had injured 14 people.",
    ],
)
def test_news_one_days_shelling_toll_is_no_claim(news: News, text: str) -> None:
    assert list(news(text).claims) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow said Ukrainian shelling of the Kursk region had killed 140 civilians "
            "since the spring.",
            ("RUS", "killed", Count.exact(140)),
        ),
        (
            "Moscow said Ukrainian shelling of the Kursk region had killed 140 civilians "
            "this year.",
            ("RUS", "killed", Count.exact(140)),
        ),
    ],
)
def test_news_shelling_over_a_span_keeps_its_toll(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


@given(st.integers(min_value=1, max_value=28), st.integers(min_value=2, max_value=400))
def test_news_no_one_day_shelling_toll_is_read(news: News, day: int, n: int) -> None:
    text = (
        f"Moscow said that Ukrainian shelling of the frontier town on Dec. {day} had "
        f"killed {n} people."
    )
    assert list(news(text).claims) == []
