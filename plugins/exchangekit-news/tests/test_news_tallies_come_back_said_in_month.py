"""A speaker who said in a month that people "had come back" gives a running total.

"The navy, in a statement in August, said that more than 2,300 of its sailors had come
home": the intransitive pluperfect looks back over every handover before the month it was
said in, as "had been returned" does. A day of saying, or an exchange named in the
clause, still tells one handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow gives few figures, but its defence ministry said in August that more than "
        "2,300 of its servicemen had come back.",
        "Russia's defence ministry, which rarely comments, said in August that more than "
        "2,300 of its soldiers had returned home.",
    ],
)
def test_news_had_come_back_said_in_a_month_is_a_total(news: News, text: str) -> None:
    result = news(text, published=_DAY)
    assert result.exchanges == []
    assert result.tally_keys() == {("UKR", "RUS", Count.more_than(2_300))}
    (tally,) = result.tallies
    assert str(tally.as_of) == "2025-08"
    assert tally.covers.start == date(2022, 2, 24)


def test_news_had_come_back_in_a_named_exchange_stays_one_handover(news: News) -> None:
    """Near miss: the clause names the swap its people came back in."""
    result = news(
        "Its defence ministry said in August that 84 of its servicemen had come back in the "
        "swap on the border.",
        published=_DAY,
    )
    assert result.tallies == []
