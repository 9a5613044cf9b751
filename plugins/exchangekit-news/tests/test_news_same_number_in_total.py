"""The other side's "the same number ..., N in total" after one swap is that swap's size.

"Kyiv brought home 175 servicemen in a swap on 9 September. Moscow got the same number
of soldiers back, 175 in total.": "in total" sums the one handover the sentence before
told, on its day; it is no running total since the war began. A total told with its own
span ("since 2022") still is one. Every text here is read as published on 20 October 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

PUBLISHED = date(2025, 10, 20)
SWAP = "Kyiv brought home 175 servicemen in a swap on 9 September. "


@pytest.mark.parametrize(
    "reply",
    [
        "Moscow got the same number of soldiers back, 175 in total.",
        # the harder form: an aside before the verb, no particle, "in all"
        "Moscow, for its part, received the same number of troops, 175 in all.",
    ],
)
def test_news_same_number_in_total_is_the_swap_size(news: Callable[..., Any], reply: str) -> None:
    read = news(SWAP + reply, published=PUBLISHED)
    assert read.dated_ways() == {
        ("2025-09-09", "RUS", "UKR", "175"),
        ("2025-09-09", "UKR", "RUS", "175"),
    }
    assert read.tallies == []


def test_news_total_with_its_own_span_stays_a_running_total(news: Callable[..., Any]) -> None:
    # near-miss: a figure "in total since 2022" is a running total, not the swap's other way
    read = news(
        SWAP + "Moscow has got 4,100 of its soldiers back in total since 2022.",
        published=PUBLISHED,
    )
    assert ("2025-09-09", "UKR", "RUS", "4,100") not in read.dated_ways()
    assert {(y.receiver.code, str(y.count)) for y in read.tallies} == {("RUS", "4,100")}
