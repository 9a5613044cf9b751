"""A size that a plan, offer, proposal or deal "was": no handover.

"Kyiv's offer was 220 soldiers each way": the figure is the complement of "be"
whose subject is a plan noun, so it gives the size put forward or agreed, not
people handed over. A verb of moving in a later clause ("...; Moscow freed 11
civilians") moves only its own clause's people, and a swap that "was" a size
("the swap was 80 each way") stays done.
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
THURSDAY = date(2025, 10, 23)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "LVIV — On 2 September, the plan was 310 prisoners each way; Moscow freed "
            "11 civilians.",
            {Count.parse("11")},
        ),
        (
            "LVIV — Kyiv's first offer was about 500 soldiers each way; on Monday Russia handed "
            "back nine wounded men.",
            {Count.parse("9")},
        ),
        ("LVIV — The deal was 180 captives for 180, negotiators said on Monday.", set()),
        ("LVIV — Under the talks, the proposal was up to 640 people from each side.", set()),
        # harder: an aside between the plan noun and "was"
        ("LVIV — The proposal, negotiators said, was 95 for 95.", set()),
    ],
)
def test_news_a_size_a_plan_was_is_no_handover(news: News, text: str, left: set[Count]) -> None:
    assert {c for *_, c in news(text, published=THURSDAY).dated_legs()} == left


@pytest.mark.parametrize(
    "text",
    [
        "LVIV — The swap was 80 soldiers each way, negotiators said on Monday.",
        "LVIV — The plan was ready on Monday; Ukraine and Russia swapped 80 soldiers each.",
        "LVIV — The swap, negotiators said, was 80 for 80.",
    ],
)
def test_news_a_swap_that_was_a_size_stays_done(news: News, text: str) -> None:
    assert {c for *_, c in news(text, published=THURSDAY).dated_legs()} == {Count.parse("80")}


@given(
    count=st.integers(min_value=2, max_value=1799) | st.integers(min_value=2101, max_value=9000),
    noun=st.sampled_from(["plan", "offer", "proposal", "deal", "agreement"]),
)
@settings(max_examples=20, deadline=None)
def test_news_a_plan_nouns_size_is_never_a_handover(news: News, count: int, noun: str) -> None:
    # invariant: the same size is a swap done as "the swap was", and none as "the <plan> was"
    tail = f" was {count:,} prisoners each way, officials said on Monday."
    assert news((f"LVIV — The {noun}{tail}"), published=THURSDAY).dated_legs() == set()
    assert {c for *_, c in news((f"LVIV — The swap{tail}"), published=THURSDAY).dated_legs()} == {
        Count.parse(str(count))
    }
