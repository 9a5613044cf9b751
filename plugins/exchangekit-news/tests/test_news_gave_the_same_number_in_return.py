""" "...and gave the same number in return": the side that got its people back sends as many.

"Kyiv, which got back 17 marines that Friday, gave the same number in return": with no
receiver named after "gave", the phrase followed by "in return" (or "in exchange") still
hands people over. "Gave the same number as Moscow" states a figure and moves nobody.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2024, 11, 18)


@pytest.mark.parametrize(
    "text",
    [
        "The swap on Friday was a small one, officials said: Ukraine got back 17 marines "
        "and, according to its ombudsman, gave the same number in return.",
        "On Friday Ukraine got back 17 marines and, after a delay at the border, gave the "
        "same number of Russian conscripts back in exchange.",
    ],
)
def test_news_gave_the_same_number_in_return_sends_it(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    legs = transfer_tuples(news(text, published=_DAY))
    assert ("RUS", "UKR", "prisoners_of_war", Count.exact(17)) in legs
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(17)) in legs


@pytest.mark.parametrize(
    "text",
    [
        "On Friday Ukraine got back 17 marines; its ombudsman gave the same number as "
        "Moscow in return for questions about the others.",
        "On Friday Ukraine got back 17 marines; later its ombudsman gave the same number "
        "in a statement.",
    ],
)
def test_news_gave_the_same_number_as_a_figure_moves_nobody(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    """Near misses: a comparison, or a figure given in a statement, is no handover."""
    legs = transfer_tuples(news(text, published=_DAY))
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(17)) not in legs
