"""A go-between's running total spelled out in words is read as the same total in digits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "PRESENTER: And the mediators? CORRESPONDENT: The Emirates said it had mediated "
            "again - the eleventh exchange it had helped with since the war began - and that, "
            "all told, "
            "three thousand and forty captives had now been freed through its efforts. That "
            "is both sides together, I should add.",
            Count.exact(3040),
        ),
        (
            "Speaking to reporters in Doha, the ministry's spokesman said the swap was "
            "Qatar's fourth, and that nine hundred and twelve people had been released "
            "through its mediation since 2023.",
            Count.exact(912),
        ),
    ],
)
def test_news_a_mediators_total_in_words_is_a_two_way_tally(
    news: News, text: str, count: Count
) -> None:
    """Told in words or in digits, a go-between's count of people it freed runs both ways."""
    got = news(text)
    assert (None, "RUS+UKR", count) in got.tally_keys()
    assert count not in got.moved_counts()


def test_news_a_mediators_thousands_in_words_stay_unread(news: News) -> None:
    """ "Thousands" freed through its efforts is no figure a total can be kept of."""
    got = news(
        "The Emirati foreign ministry said the exchange was its twelfth and that, over "
        "three years, thousands of captives had been freed through its efforts."
    )
    assert got.tallies == []
