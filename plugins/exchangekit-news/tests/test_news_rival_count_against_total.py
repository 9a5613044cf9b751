"""An undated perfect figure set against a running total after "but" is a rival total.

"Russia said it had returned the bodies of 6,000 soldiers, but Kyiv said it had so far
received only 1,212": both sides answer how many have come back, so Russia's 6,000 is its
own running total, not a handover on the report's day. A first figure with a day of its
own ("returned 6,000 bodies on Friday, but ...") stays that day's handover.
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
THURSDAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        (
            "Russia said it had returned the bodies of 6,000 soldiers, but Kyiv said it had"
            " so far received only 1,212.",
            6_000,
        ),
        (
            "Moscow says it has handed back 3,000 prisoners, but Ukraine says only 2,700 have"
            " come home so far.",
            3_000,
        ),
        (
            "Kyiv says it has freed 1,800 Russian soldiers, but Moscow insists that to date"
            " only 1,500 have returned to Russia.",
            1_800,
        ),
    ],
)
def test_news_the_figure_set_against_a_total_is_no_handover(
    news: News, text: str, rival: int
) -> None:
    assert Count.exact(rival) not in news(text, published=THURSDAY).moved_counts()
    assert Count.exact(rival) in {
        count for *_, count in news(text, published=THURSDAY).tally_keys()
    }


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(min_value=2_200, max_value=9_000),
    second=st.integers(min_value=300, max_value=1_700),
)
def test_news_no_rival_of_a_total_becomes_a_handover(news: News, first: int, second: int) -> None:
    """Whatever the two counts, the first is never read as one day's handover."""
    text = (
        f"Russia said it had returned the bodies of {first:,} soldiers, but Kyiv said it"
        f" had so far received only {second:,}."
    )
    assert Count.exact(first) not in news(text, published=THURSDAY).moved_counts()
    assert ("RUS", "UKR", Count.exact(first)) in news(text, published=THURSDAY).tally_keys()


@pytest.mark.parametrize(
    ("text", "handover", "total"),
    [
        (
            "Zelensky said Ukraine had brought home 140 soldiers, but the total freed so far"
            " is 5,020.",
            140,
            5_020,
        ),
        (
            "Kyiv said it had got back 205 prisoners, but the number returned to date stands"
            " at 4,900.",
            205,
            4_900,
        ),
    ],
)
def test_news_a_total_by_the_same_teller_leaves_the_handover(
    news: News, text: str, handover: int, total: int
) -> None:
    """Near miss: no other side and no "only" after "but": the day's count beside the total."""
    assert news(text, published=THURSDAY).moved_counts() == {Count.exact(handover)}
    assert {count for *_, count in news(text, published=THURSDAY).tally_keys()} == {
        Count.exact(total)
    }


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Russia said it had returned 6,000 bodies on Friday, but Kyiv said it had so far"
            " received only 1,212.",
            6_000,
        ),
        (
            "Russia returned 909 bodies on Friday, but Kyiv said it had so far identified"
            " only 200.",
            909,
        ),
    ],
)
def test_news_a_dated_handover_before_but_keeps_its_reading(
    news: News, text: str, count: int
) -> None:
    """Near misses: a handover with its own day is that day's, whatever follows."""
    assert Count.exact(count) in news(text, published=THURSDAY).moved_counts()
