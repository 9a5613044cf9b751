"""An exchange a sentence calls ready is still to be carried out.

'A bigger swap, of up to 250 people a side, was "nearly ready", officials said': the
swap can happen, and has not; no one is read as handed over. A swap that was ready
and then took place is done, and is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


def _legs(read: Any) -> list[tuple[str, str, int]]:
    return sorted(
        (t.sender.code, t.receiver.code, t.count.best) for e in read.exchanges for t in e.transfers
    )


@pytest.mark.parametrize(
    "text",
    [
        'Kyiv said a bigger swap, of up to 250 people on each side, was "nearly ready".',
        "An exchange of 140 for 140 is now ready, the negotiators said on Monday.",
        "Officials say the next swap, of about 60 prisoners on each side, is all but ready.",
    ],
)
def test_news_swap_called_ready_moves_no_one(news: News, text: str) -> None:
    """The swap is ready, not done: nothing is read."""
    assert _legs(news(text)) == []


def test_news_swap_ready_then_held_is_read(news: News) -> None:
    """Near miss: "was ready ... and took place at noon" tells it done."""
    text = "The swap of 140 for 140 was ready by the morning and took place at noon on Friday."
    assert _legs(news(text)) == [("RUS", "UKR", 140), ("UKR", "RUS", 140)]
