"""People said to have come home since a meeting count every return after it: no one handover.

"Zelensky said that 1,200 people had come home since the Geneva meeting.": "since" with a
meeting, like "since the talks" or "since the deal", starts a span, and the figure sums
the swaps in it. Read as one handover, it would send 1,200 people across on the day it was
said. A swap ranked from the meeting ("the first swap since the Geneva meeting freed 95")
is still one exchange.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Zelensky said that 1,200 people had come home since the Geneva meeting.", "1,200"),
        ("Kyiv says 960 soldiers have been returned since the leaders' meeting.", "960"),
        ("Since the meetings in Ankara, Russia has received 730 of its servicemen.", "730"),
        ("The ombudsman said 415 Ukrainians had been freed since the negotiations.", "415"),
    ],
)
def test_figure_since_a_meeting_is_no_handover(
    news: Callable[..., Any], text: str, count: str
) -> None:
    """The sum since the meeting is never moved in one exchange."""
    assert Count.parse(count) not in news(text).moved_counts()


def test_swap_ranked_from_the_meeting_stays_one_exchange(news: Callable[..., Any]) -> None:
    """ "the first swap since the meeting" is one exchange, with its own size."""
    moved = news("On Friday, the first swap since the Geneva meeting freed 95 Ukrainians.")
    assert Count.parse("95") in moved.moved_counts()


@given(n=st.integers(min_value=100, max_value=60_000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=15, deadline=None)
def test_any_count_since_a_meeting(news: Callable[..., Any], n: int) -> None:
    """Whatever the count, a figure since the meeting is never one handover."""
    result = news(f"Zelensky said that {n:,} people had come home since the Geneva meeting.")
    assert Count.parse(f"{n:,}") not in result.moved_counts()
