"""A dated clause closed by a colon and "N of one side's captives for N of the other's".

"On 5 February, by both ministries' accounts: 150 Ukrainian prisoners for 150 Russian
ones": equal numbers of the two sides' people joined by "for" are that day's swap, one
leg each way, as a bare "150 for 150" after such a clause is. A plan or a hope before
the colon, two kinds of people, people of one side on both ends, or a pair the
sentence goes on to say something else of, read nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
PUBLISHED = date(2025, 12, 15)


@pytest.mark.parametrize(
    "text",
    [
        "On February 5, by both ministries' accounts: 150 Ukrainian prisoners for 150 "
        "Russian ones, the UAE mediating.",
        "On February 5 the two ledgers matched, for once: 150 Ukrainian servicemen for 150 "
        "Russian soldiers.",
    ],
)
def test_news_nationals_pair_after_dated_colon_is_the_days_swap(news: News, text: str) -> None:
    read = news(text, published=PUBLISHED)
    assert read.period_legs() == {
        ("2025-02-05", "RUS", "UKR", "prisoners_of_war", "150"),
        ("2025-02-05", "UKR", "RUS", "prisoners_of_war", "150"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a plan or a hope, two kinds, one side twice, the pair said more of
        "On February 5, Kyiv proposed a trade: 150 Russian prisoners for 150 Ukrainian ones.",
        "On February 5 Kyiv hoped for a simple trade: 150 Russian prisoners for 150 "
        "Ukrainian ones.",
        "On February 5 the two ledgers matched, for once: 150 Ukrainian servicemen for 150 "
        "Russian civilians.",
        "On February 5, by both ministries' accounts: 150 Ukrainian prisoners for 150 "
        "Ukrainian ones.",
        "On February 5 the ledgers matched: 150 Ukrainian prisoners for 150 Russian ones "
        "would have been fair.",
    ],
)
def test_news_nationals_pair_not_a_swap_done_reads_nothing(news: News, text: str) -> None:
    read = news(text, published=PUBLISHED)
    assert not read.exchanges
