"""', which ...,' on a side before its verb: the exchanges the aside counts are not summed.

"Moscow, which gave figures for only two of the swaps, said it got 94 back on Sunday"
was read as a running total: the exchanges counted in the aside on the speaker were
taken for the exchanges the figure adds up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Russia, which has published numbers for only three of the exchanges, said it got "
        "back 61 servicemen on Tuesday.",
        # the harder form: a named body, a longer aside and a passive after it
        "The Kremlin, which took part in four rounds of swaps this spring, said 61 of its "
        "soldiers were returned on Tuesday.",
    ],
)
def test_news_aside_on_a_side_leaves_one_handover(news: Callable[..., Any], text: str) -> None:
    result = news(text)
    counts = {(t.receiver.code, str(t.count)) for e in result.exchanges for t in e.transfers}
    assert ("RUS", "61") in counts
    assert result.tallies == []


def test_news_aside_on_the_exchanges_still_sums(news: Callable[..., Any]) -> None:
    # near miss: the aside is on the exchanges themselves, which the figure adds up
    result = news(
        "The four swaps, which the Emirates brokered, brought 480 Ukrainian soldiers home "
        "since January."
    )
    assert [str(t.count) for t in result.tallies] == ["480"]
    assert result.exchanges == []
