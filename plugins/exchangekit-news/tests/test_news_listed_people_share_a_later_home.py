"""People listed under one verb of coming home share the home a later part of the list names.

"185 servicemen and 20 residents of the Kursk region returned home": both groups are
the subjects of the one verb, so the servicemen came home where the Kursk residents
did, to Russia. A list whose parts name no side, or a group with a verb of its own,
is left as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 10, 3)


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("On Tuesday 185 servicemen and 20 residents of the Kursk region returned home.", "RUS"),
        ("On Tuesday 185 servicemen and 20 Russian civilians returned home.", "RUS"),
        ("On Tuesday 185 soldiers and 20 Ukrainian civilians came home.", "UKR"),
    ],
)
def test_news_a_listed_group_shares_the_home_of_the_part_after_it(
    news: News, transfer_tuples: TransferTuples, text: str, home: str
) -> None:
    away = "UKR" if home == "RUS" else "RUS"
    assert transfer_tuples(news(text, published=_DAY)) == {
        (away, home, "prisoners_of_war", Count.exact(185)),
        (away, home, "civilians", Count.exact(20)),
    }


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday 185 servicemen and 20 civilians returned home.",
        "On Tuesday 185 servicemen returned home and 20 Russian civilians were handed over.",
    ],
)
def test_news_a_group_without_a_shared_named_home_stays_unread(
    news: News, transfer_tuples: TransferTuples, text: str
) -> None:
    """Near misses: no part names a side, or the later part has a verb of its own."""
    moved = transfer_tuples(news(text, published=_DAY))
    assert not any(t[3] == Count.exact(185) for t in moved)
