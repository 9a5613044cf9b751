"""A count of captives told as what "the number (of people) held by X" is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]


def captured(read: Any) -> set[tuple[str, Count]]:
    """(side, count) of every claim of people captured."""
    return {
        (str(getattr(c.subject, "code", c.subject)), c.count)
        for c in read.claims
        if c.category.value == "captured"
    }


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Officials said the number of civilians held by Russia was about 1,800.",
            Count.approx(1_800),
        ),
        (
            "The number of Ukrainian prisoners held by Moscow is in the hundreds, a Red "
            "Cross official said.",
            Count.order_of_magnitude(200, 999),
        ),
        (
            'The envoy added that the number held by Russia remains "in the thousands".',
            Count.order_of_magnitude(2_000, 9_999),
        ),
        (
            "Kyiv's ombudsman has put the overall number of civilians held by Russia at "
            "more than 3,000.",
            Count.more_than(3_000),
        ),
    ],
)
def test_news_the_number_held_by_one_side_counts_the_others_captives(
    news: News, text: str, count: Count
) -> None:
    """The people held by Russia are Ukraine's captives, whatever verb links the number."""
    assert ("UKR", count) in captured(news(text))


def test_news_a_number_of_things_is_no_captives(news: News) -> None:
    """ "the number of checkpoints held by Russia is 40" counts no people."""
    assert not captured(news("The number of checkpoints held by Russia is 40, the army said."))
