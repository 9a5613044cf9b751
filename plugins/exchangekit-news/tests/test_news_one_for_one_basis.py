""" "On a one-for-one basis" names the shape of a swap, not a count of one person.

The pair "one for one" before "basis", "principle", "formula", "format" or "ratio"
says each side freed as many as it got; reading it as one prisoner each way would
print a figure nobody gave. A pair of real counts before the same noun is still read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "On June 25 the two sides swapped prisoners on a one-for-one basis.",
        "Ukraine and Russia traded captured soldiers on Friday on the one for one principle.",
        "The sides exchanged 90 soldiers on Monday on a one-for-one basis.",
        "Prisoners were handed over on 3 May at a 1-for-1 ratio, officials said.",
    ],
)
def test_news_one_for_one_shape_counts_nobody(news: News, text: str) -> None:
    read = news(text, published=date(2024, 12, 31))
    counts = [str(t.count) for e in read.exchanges for t in e.transfers]
    assert "1" not in counts


def test_news_a_counted_pair_before_basis_is_still_read(news: News) -> None:
    # near miss: "146 for 146" before "basis" is the count of each side
    text = "On June 25 Ukraine and Russia exchanged prisoners of war on a 146 for 146 basis."
    (exchange,) = news(text, published=date(2024, 12, 31)).exchanges
    assert sorted(str(t.count) for t in exchange.transfers) == ["146", "146"]


def test_news_one_for_one_with_each_keeps_the_counted_figure(news: News) -> None:
    text = "On June 25 Ukraine and Russia exchanged 90 soldiers each on a one-for-one basis."
    (exchange,) = news(text, published=date(2024, 12, 31)).exchanges
    assert sorted(str(t.count) for t in exchange.transfers) == ["90", "90"]
