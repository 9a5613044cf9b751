"""A bare total told after tolls of two kinds: "... killed and ... injured, bringing the
total to N".

The total after a killed and a wounded figure may count either, or both, so the kind of
the last one told is no safe guess: the total is left unread. After tolls of one kind
the total is of that kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "In March, the UN human rights mission in Ukraine said on Tuesday, 164 civilians "
            "were killed and 1,037 injured in Ukraine, which brought the total it has verified "
            "since the invasion to more than 12,000.",
            Count.more_than(12_000),
        ),
        (
            "The UN human rights mission in Ukraine, in a report on Tuesday, said civilian "
            "deaths had risen for a third month, with 164 people killed and 1,037 injured in "
            "March, bringing the verified total since February 2022 to more than 12,000.",
            Count.more_than(12_000),
        ),
        (
            "Ukrainian officials said 52 soldiers were killed and 310 wounded in the fighting, "
            "bringing the total, by their count, to 4,800.",
            Count.exact(4_800),
        ),
    ],
)
def test_news_a_total_after_two_kinds_is_not_given_the_last_ones_kind(
    news: News, text: str, total: Count
) -> None:
    assert total not in news(text).claim_counts()


def test_news_a_total_after_one_kind_keeps_that_kind(news: News, found: Found) -> None:
    """Near miss: only killed are told before the total, so the total counts the killed."""
    text = (
        "Kyiv said on Monday that 182 Russian soldiers had been killed near Pokrovsk over "
        "the weekend, bringing the total since February 2022, by its count, to about 250,000."
    )
    assert ("RUS", "killed", Count.approx(250_000)) in found(news(text))
