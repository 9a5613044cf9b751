""" "May" after a day number is the month, never the modal verb: "on 12 May freed 95"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def legs(read: Any) -> set[tuple[str, str, str, Count]]:
    """(period, sender, receiver, count) of every transfer read."""
    return {
        (str(e.period), t.sender.code, t.receiver.code, t.count)
        for e in read.exchanges
        for t in e.transfers
    }


@pytest.mark.parametrize(
    ("text", "day", "count"),
    [
        ("The swap on 9 May freed 84 Ukrainians.", "2025-05-09", Count.exact(84)),
        (
            "The exchange of 21 May returned 130 soldiers to Ukraine.",
            "2025-05-21",
            Count.exact(130),
        ),
        ("The handover on 28 May brought back 612 bodies to Kyiv.", "2025-05-28", Count.exact(612)),
        # the day after the month, as US style writes it, was read before and still is
        ("The swap on May 16 freed 47 Ukrainians.", "2025-05-16", Count.exact(47)),
    ],
)
def test_news_may_after_a_day_is_the_month(news: News, text: str, day: str, count: Count) -> None:
    """A handover dated "<day> May" followed by its verb is read done, on that day."""
    assert {(p, c) for p, _, _, c in legs(news(text))} == {(day, count)}


def test_news_later_total_is_not_taken_for_the_may_swaps_leg(news: News) -> None:
    """With the day's swap read, a later perfect total stays a total, not a leg of it."""
    got = news("The exchange on 9 May freed 84 Ukrainians. Moscow has received 3,870.")
    assert Count.exact(3870) not in {c for _, _, _, c in legs(got)}


@pytest.mark.parametrize(
    "text",
    [
        "Russia may free 84 prisoners on 9 June.",
        "Kyiv said Moscow may hand over 130 soldiers after 21 May.",
    ],
)
def test_news_modal_may_still_makes_a_plan(news: News, text: str) -> None:
    """The lower-case modal "may" keeps its reading: a plan, no exchange."""
    assert not news(text).exchanges


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(day=st.integers(min_value=1, max_value=31), n=st.integers(min_value=2, max_value=1799))
def test_news_any_day_of_may_dates_its_swap(news: News, day: int, n: int) -> None:
    """Whatever the day and figure, "the swap on <day> May freed N" is N on that day."""
    got = news(f"The swap on {day} May freed {n:,} Ukrainians.")
    assert {(p, c) for p, _, _, c in legs(got)} == {
        (date(2025, 5, day).isoformat(), Count.exact(n))
    }
