"""The people of "as many" or "the same number of" are the other way's, not the figure's.

"A further exchange brought home 205 defenders, with as many Russians released": the
Russians are the people the echo counts going back, so the 205 defenders are still
Ukraine's own, brought home, and the echo is Russia's. Read with the Russians as the
defenders' side, the 205 went the wrong way and Ukraine's figure was lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 12, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Saturday's exchange, the first since March, brought home 64 defenders, the "
        "headquarters said, with as many Russians handed back at the border.",
        "On Saturday the exchange brought home 64 defenders, while an equal number of "
        "Russian soldiers were released.",
        "A further exchange, on Saturday, brought home 64 defenders, with the same number of "
        "Russians released.",
    ],
)
def test_news_echo_people_leave_the_defenders_to_come_home(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    got = transfer_tuples(news(text, published=_DAY))
    assert ("RUS", "UKR", "prisoners_of_war", Count.exact(64)) in got
    assert {(sender, receiver) for sender, receiver, _, _ in got} == {
        ("RUS", "UKR"),
        ("UKR", "RUS"),
    }


def test_news_people_counted_apart_still_name_a_side_in_the_sentence(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """Near miss: "with 70 Russians released" counts people of its own, no echo of the 64.

    The Russians are then a side the sentence names, and the defenders' side is not
    sure: the 64 is read neither way.
    """
    text = "Saturday's exchange brought home 64 defenders, with 70 Russians released."
    got = transfer_tuples(news(text, published=_DAY))
    assert not any(count == Count.exact(64) for _, _, _, count in got)
