"""Fighters a register has identified by name, given as a floor, are its count of the dead.

"By the start of October the project, run by two independent newsrooms, had identified
more than 71,000 Russian servicemen by name": a verb of a register, fighters and "by
name" ending the clause count the named dead, as "has named 78,000 soldiers" does. An
exact count with no floor, or fighters named for something else, is no toll.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "By the start of October, the open-source project that two independent newsrooms "
            "run together had identified more than 64,000 Russian servicemen by name, a count "
            "its editors call a floor.",
            Count.more_than(64_000),
        ),
        (
            "The volunteers, working from obituaries and cemetery photographs, have now "
            "confirmed over 52,000 Russian soldiers by name, they said on Monday.",
            Count.more_than(52_000),
        ),
    ],
)
def test_news_fighters_identified_by_name_are_the_named_dead(
    news: News, found: Found, text: str, dead: Count
) -> None:
    assert found(news(text)) == {("RUS", "killed", dead)}


@pytest.mark.parametrize(
    "text",
    [
        # an exact count with no floor: a register of anything, not the dead's minimum
        "Prosecutors in Kyiv said they had identified 1,214 Russian servicemen by name.",
        # fighters named for what they did, not counted as fallen
        "Investigators have identified more than 600 Russian servicemen by name as suspects "
        "in the killings.",
    ],
)
def test_news_fighters_identified_for_other_ends_are_no_toll(news: News, text: str) -> None:
    """Near miss: no floor, or "by name" does not end the clause."""
    assert news(text).claims == []
