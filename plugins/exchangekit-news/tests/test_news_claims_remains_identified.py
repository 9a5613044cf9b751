"""Remains said to have been identified are bodies named, not a side's toll.

"the remains of eleven civilians killed during the occupation ... had been identified":
the figure counts bodies that the work on the dead has put a name to, so no claim of
killed is read from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


def test_news_remains_identified_are_no_toll(news: News, found: Found) -> None:
    text = (
        "In the Belgorod region on Tuesday, the regional government said that the remains "
        "of 14 residents killed when their villages were shelled in 2024, long listed as "
        "missing, had now been identified by DNA."
    )
    assert not any(kind == "killed" for _, kind, _ in found(news(text)))


def test_news_a_toll_of_the_dead_with_no_remains_is_still_read(news: News, found: Found) -> None:
    """Near miss: people killed, not their remains, are counted; the toll stays."""
    text = (
        "Russia's defence ministry said on Tuesday that 5,937 of its servicemen had been "
        "killed, and that all of them had been identified."
    )
    assert ("RUS", "killed", Count.exact(5_937)) in found(news(text))
