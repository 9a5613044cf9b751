""" "Ukraine got back 40 soldiers and Russia 35 of its own": the gapped side got its own back.

The verb of getting back is said once; the side after "and", with "N of its own",
shares it, so it received its own people: a transfer the other way. After a verb of
sending, which way the gapped figure went is not said; "of its own accord" counts no one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 6, 5)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("In March Ukraine got back ten soldiers and Russia ten of its own.", 10, 10),
        ("In March Ukraine got back 40 soldiers, and Russia 35 of its own.", 40, 35),
        ("In March Kyiv brought home 40 soldiers and Moscow 35 of its own.", 40, 35),
    ],
)
def test_news_a_gapped_side_gets_its_own_back(
    news: News, transfer_tuples: TransferTuples, text: str, first: int, second: int
) -> None:
    assert transfer_tuples(news(text, published=_DAY)) == {
        ("RUS", "UKR", "prisoners_of_war", Count.exact(first)),
        ("UKR", "RUS", "prisoners_of_war", Count.exact(second)),
    }


@pytest.mark.parametrize(
    "text",
    [
        "In March Ukraine handed over 40 soldiers and Russia 35 of its own.",
        "In March Ukraine got back 40 soldiers and Russia 35 of its own accord.",
    ],
)
def test_news_a_gapped_own_after_sending_or_an_accord_is_unread(
    news: News, transfer_tuples: TransferTuples, text: str
) -> None:
    """Near misses: after a verb of sending the way is not said; "accord" names how."""
    assert not any(t[3] == Count.exact(35) for t in transfer_tuples(news(text, published=_DAY)))
