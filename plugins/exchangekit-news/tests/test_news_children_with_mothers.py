"""Mothers who come home with returned children are civilians returned with them.

Reports of child returns often say the children came back "together with two of their
mothers" or "with three mothers": the mothers are a second group moved the same way on
the same day. Fathers and parents name no kind (a father may be a soldier freed in a
swap), so they are left unread rather than guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2025, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "On 10 March, seven children were brought back to Ukraine together with three of "
        "their mothers.",
        # the mothers listed beside the children as one subject
        "Seven children and three mothers returned to Ukraine from occupied Crimea on 10 "
        "March, the ombudsman said.",
    ],
)
def test_news_mothers_returned_with_children_are_civilians(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    assert transfer_tuples(news(text, published=_DAY)) == {
        ("RUS", "UKR", "children", Count.exact(7)),
        ("RUS", "UKR", "civilians", Count.exact(3)),
    }


def test_news_mothers_who_only_campaign_move_no_one(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """Near miss: mothers of captives who protest are no transfer."""
    text = "On 10 March, 60 mothers of captured soldiers rallied in Kyiv for a new exchange."
    assert transfer_tuples(news(text, published=_DAY)) == set()


def test_news_fathers_name_no_kind_in_a_swap(news: News, transfer_tuples: TransferTuples) -> None:
    """Near miss: fathers freed in a swap are not read as civilians."""
    text = "On 10 March, Ukraine got back 90 soldiers, among them 12 fathers of large families."
    assert ("RUS", "UKR", "civilians", Count.exact(12)) not in transfer_tuples(
        news(text, published=_DAY)
    )


@pytest.mark.parametrize(
    "text",
    [
        "On 10 March, five children and two adult relatives were reunited with their "
        "families in Ukraine after talks that Qatar facilitated.",
        # the harder form: figures in words, the kin named as family members, a mediator
        # and a speaker before them
        "Qatar's foreign ministry said on 10 March that five children and two adult family "
        "members had come home to Ukraine from Russian-controlled territory.",
    ],
)
def test_news_adult_relatives_returned_with_children_are_civilians(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    """The grown-up kin named beside returned children are civilians moved with them."""
    legs = transfer_tuples(news(text, published=_DAY))
    assert ("RUS", "UKR", "children", Count.exact(5)) in legs
    assert ("RUS", "UKR", "civilians", Count.exact(2)) in legs


def test_news_adult_relatives_who_only_meet_move_no_one(
    news: News, transfer_tuples: TransferTuples
) -> None:
    """Near miss: relatives of captives at a meeting are no transfer."""
    text = "On 10 March, 40 adult relatives of captured soldiers met the ombudsman in Kyiv."
    assert transfer_tuples(news(text, published=_DAY)) == set()
