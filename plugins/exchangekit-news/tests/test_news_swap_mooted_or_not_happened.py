"""A swap told with its size and then only put forward, or said not to have happened.

"A swap of 250 for 250 mooted for the spring": a participle of putting a deal forward
("mooted", "floated") after the size makes it a plan, as "proposed" does. "The swap
of 80 each way has not happened": a "not" (or "hasn't") right before a past verb of
happening negates it, as "never" does. A swap that did take place stays read.
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
TUESDAY = date(2026, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "KHARKIV — A swap of 250 for 250 mooted for the spring was still under talks.",
        "KHARKIV — An exchange of 40 soldiers for 40, floated by the mediators in January, "
        "remained on paper.",
        "KHARKIV — The exchange of 80 prisoners each way has not happened, officials said.",
        "KHARKIV — The swap of 120 for 120 agreed in the autumn hasn't happened.",
        "KHARKIV — A handover of 65 captives from each side has still not happened.",
    ],
)
def test_news_a_swap_put_forward_or_not_happened_is_no_handover(news: News, text: str) -> None:
    assert news(text, published=TUESDAY).dated_legs() == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("KHARKIV — An exchange of 250 for 250 took place on Friday.", "250"),
        # "not" negating another word leaves the swap done
        (
            "KHARKIV — A swap of 75 soldiers each way, not announced in advance, happened "
            "on Friday.",
            "75",
        ),
    ],
)
def test_news_a_swap_that_happened_is_read(news: News, text: str, count: str) -> None:
    assert {c for *_, c in news(text, published=TUESDAY).dated_legs()} == {Count.parse(count)}


@given(
    count=st.integers(min_value=2, max_value=1799) | st.integers(min_value=2101, max_value=9000),
    words=st.sampled_from(
        ["mooted for next month", "floated last week", "has not happened", "hasn't happened"]
    ),
)
@settings(max_examples=20, deadline=None)
def test_news_a_plan_or_negated_happening_after_the_size_refuses_it(
    news: News, count: int, words: str
) -> None:
    text = f"KHARKIV — An exchange of {count:,} for {count:,} {words}."
    assert news(text, published=TUESDAY).dated_legs() == set()
