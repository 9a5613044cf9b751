"""A number put on "the repatriation of the dead" counts bodies moved, not a toll.

"the repatriation of the Ukrainian dead, which he put at more than 3,600 so far": the
figure is the bodies handed back, which the remains rules read; it is no side's count of
its killed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's chief negotiator wrote on Telegram on Tuesday that the return of the "
        "Ukrainian dead, which he put at more than 4,800 since the talks, had gone ahead "
        "exactly as agreed.",
        "Officials in Kyiv confirmed on Monday that the handover of the bodies had gone on, "
        "and that the repatriation of their own dead, which Moscow's negotiators had put at "
        "6,060 in all, was complete.",
    ],
)
def test_news_a_count_of_the_dead_handed_back_is_no_toll(
    news: News, found: Found, text: str
) -> None:
    assert not any(kind == "killed" for _, kind, _ in found(news(text)))


def test_news_a_toll_of_the_dead_put_at_a_number_is_still_read(news: News, found: Found) -> None:
    """Near miss: "the toll of the Ukrainian dead" is a toll, whoever puts it."""
    text = (
        "The toll of the Ukrainian dead, which the president put at 46,000 in February, is "
        "regarded by most researchers as far too low."
    )
    assert ("UKR", "killed", Count.exact(46_000)) in found(news(text))
