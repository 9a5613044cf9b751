"""Some of a group "the" points back to are people already counted, not a new handover.

"Ten of the defenders returned with serious injuries", after the swap's homecoming: the
definite group is the people just told coming home, and the ten are some of them, told
of again for their state. A "same number" after it still means the whole's number. A
dated sentence may tell a later handover of such people, and is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]


def _legs(read: Any) -> list[tuple[str, str, int]]:
    return sorted(
        (t.sender.code, t.receiver.code, t.count.best) for e in read.exchanges for t in e.transfers
    )


def test_news_some_of_the_group_told_again_for_their_state(news: News) -> None:
    """ "Twelve of the marines came back with wounds" after 75 came home: only the 75."""
    text = (
        "Seventy-five Ukrainians came home from captivity on Tuesday, Kyiv said. "
        "Twelve of the marines came back with wounds that need months of care."
    )
    assert _legs(news(text)) == [("RUS", "UKR", 75)]


def test_news_same_number_after_some_of_the_group(news: News) -> None:
    """Harder: "the same number" after the part still means the 75, not the twelve."""
    text = (
        "Seventy-five Ukrainians came home from captivity on Tuesday, Kyiv said. "
        "Twelve of the marines came back with wounds that need months of care. "
        "In return, Ukraine handed over the same number of Russian servicemen."
    )
    assert _legs(news(text)) == [("RUS", "UKR", 75), ("UKR", "RUS", 75)]


def test_news_dated_group_of_the_kind_is_a_handover(news: News) -> None:
    """Near miss: "On Friday, twelve of the marines ... came home" tells a later handover."""
    text = (
        "Seventy-five Ukrainians came home from captivity on Tuesday, Kyiv said. "
        "On Friday, twelve of the marines of the coastal brigade came home as well."
    )
    assert ("RUS", "UKR", 12) in _legs(news(text))
