"""A verb of saying with a day or place before its "that" still opens the reported clause.

"The Headquarters, the body that runs the swaps, said on Friday that 3,100 people had come
home since 2022": the figure is the subject of the reported clause's own verb, not the
object of a verb in the teller's description ("runs the swaps"), as it is after a bare
"said that". A figure with no verb of its own after such a "that" is still not read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

from .conftest import moves

News = Callable[..., Any]
_DAY = date(2025, 10, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The Headquarters, the body that runs the swaps, said on Friday that 3,100 people "
        "had been brought back from Russian captivity since 2022.",
        "The Headquarters, the office that organises exchanges, told reporters on Friday "
        "that 3,100 people had been brought back from Russian captivity since 2022.",
    ],
)
def test_news_total_reported_after_a_teller_described(news: News, text: str) -> None:
    result = news(text, published=_DAY)
    assert ("RUS", "UKR", Count.exact(3_100)) in result.tally_keys()
    assert result.exchanges == []


def test_news_day_reported_after_a_teller_described() -> None:
    text = (
        "The ministry, the body that handles the swaps, told reporters in Kyiv on Thursday "
        "that 120 Ukrainian soldiers had come home that day."
    )
    assert moves(text, _DAY) == {("RUS", "UKR", "prisoners_of_war", 120)}


def test_news_plan_reported_after_a_day_is_no_handover() -> None:
    # near miss: the reported clause's own verb is a plan, so nothing moved
    text = (
        "The ministry, the body that runs the swaps, said on Friday that Russia would free "
        "300 soldiers next month."
    )
    assert moves(text, _DAY) == set()


@given(
    n=st.integers(min_value=1_001, max_value=99_999),
    day=st.sampled_from(["on Friday", "on Thursday in Kyiv", "late on Monday"]),
)
def test_news_total_after_any_day_of_saying(news: News, n: int, day: str) -> None:
    result = news(
        f"The Headquarters, the body that runs the swaps, said {day} that {n:,} people had "
        "been brought back from Russian captivity since 2022.",
        published=_DAY,
    )
    assert ("RUS", "UKR", Count.exact(n)) in result.tally_keys()
