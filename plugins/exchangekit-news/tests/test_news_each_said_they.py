""" "Each" before a verb of saying shares the reported figure out to both sides.

"The two sides each said they had received 185 servicemen": each side spoke of its
own receipt, so 185 went each way. The reported subject must be "they", the sides
that spoke; "each said Russia had received 185" is one side's receipt only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]


def _legs(read: Any) -> set[tuple[str, str, str]]:
    """Each transfer as (sender, receiver, count)."""
    return {
        (str(t.sender), str(t.receiver), str(t.count)) for e in read.exchanges for t in e.transfers
    }


@given(
    count=st.integers(20, 400),
    frame=st.sampled_from(
        [
            "On October 2 the two sides each said they had received {n} servicemen.",
            "On October 2, Kyiv and Moscow each announced that they had freed {n} soldiers.",
            "Russia and Ukraine each stated that they had got back {n} prisoners of war on Friday.",
            "On October 2 both sides each said they received {n} servicemen.",
        ]
    ),
)
def test_news_each_said_they_received_goes_each_way(news: News, count: int, frame: str) -> None:
    read = news(frame.format(n=count), published=date(2025, 10, 9))
    assert _legs(read) == {("RUS", "UKR", str(count)), ("UKR", "RUS", str(count))}


def test_news_each_said_a_named_side_received_is_one_way(news: News) -> None:
    # near miss: the reported subject names one side, so only its receipt is told
    read = news(
        "On October 2 Kyiv and Moscow each said Russia had received 185 servicemen.",
        published=date(2025, 10, 9),
    )
    assert _legs(read) == {("UKR", "RUS", "185")}


def test_news_each_said_they_swapped_is_not_split(news: News) -> None:
    # near miss: a verb of swapping names both ways at once; per side or in all is unsaid
    read = news(
        "On October 2 the two sides each said they had exchanged 185 servicemen.",
        published=date(2025, 10, 9),
    )
    assert not _legs(read)
