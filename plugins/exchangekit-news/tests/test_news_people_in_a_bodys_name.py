"""People named inside a body's name do not make a sentence one about living people.

"The repatriation took place on Thursday, the Coordination Headquarters for the
Treatment of Prisoners of War said": the prisoners of war are words of the body's
name, so the day the sentence gives is the day of the bodies' handover told before
it, not of some exchange of prisoners. A sentence that names prisoners outside any
name ("The exchange of prisoners took place on Thursday") still tells of the living.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]
FRIDAY = date(2025, 7, 18)
BODIES = "Ukraine has received the bodies of 1,000 soldiers, officials said on Friday. "


def _bodies(news: News, text: str) -> set[tuple[str, str]]:
    return {
        (str(e.period), str(t.count))
        for e in news(text, published=FRIDAY).exchanges
        for t in e.transfers
        if t.category.value == "remains"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The handover took place on Thursday, the Coordination Headquarters for the "
        "Treatment of Prisoners of War said in a statement.",
        "The repatriation took place on Thursday, said the Coordination Headquarters for "
        "the Treatment of Prisoners of War.",
        "The Coordination Headquarters for the Treatment of Prisoners of War said the "
        "handover took place on Thursday.",
    ],
)
def test_news_prisoners_in_a_bodys_name_leave_the_day_to_the_bodies(
    news: News, sentence: str
) -> None:
    assert _bodies(news, BODIES + sentence) == {("2025-07-17", "1,000")}


def test_news_prisoners_outside_a_name_keep_the_day_for_the_living(news: News) -> None:
    text = BODIES + "The exchange of prisoners took place on Thursday, the ministry said."
    assert _bodies(news, text) == {("2025-07-18", "1,000")}


@given(n=st.integers(min_value=2, max_value=9_000).filter(lambda n: not 1800 <= n <= 2100))
def test_news_any_count_of_bodies_takes_the_day_a_named_body_gives(news: News, n: int) -> None:
    text = (
        f"Ukraine has received the bodies of {n:,} soldiers, officials said on Friday. The "
        "handover took place on Thursday, the Coordination Headquarters for the Treatment "
        "of Prisoners of War said."
    )
    assert {period for period, _ in _bodies(news, text)} == {"2025-07-17"}
