"""An undated restatement of an exchange's figure belongs to that exchange.

A story on Monday's swap may recall an older swap with its date ("after one of 40 each
on 3 June") before a side's own statement restates Monday's figure without a date. The
restated count is Monday's, not a rival figure for the older swap whose date was told
last: that would print a silently wrong date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2024, 6, 12)  # a Wednesday: "on Monday" is 10 June


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine got back 64 soldiers on Monday in exchange for the same number of Russian "
        "troops. It was the second swap this month, after one of 40 prisoners each on 3 June. "
        "Moscow's defence ministry said 64 servicemen had been returned to Russia.",
        # the older swap's figure this way differs, and Monday's is told only the other way
        "Sixty-four Ukrainian defenders came home on Monday, and Russia got back as many of "
        "its troops. The exchange followed a swap of 40 for 40 on 3 June that had ended a "
        "long pause. In its own statement, the Russian defence ministry, which thanked the "
        "UAE, said 64 of its servicemen were back on Russian soil.",
    ],
)
def test_news_a_restated_figure_keeps_its_exchange_date(news: News, text: str) -> None:
    legs = news(text, published=_DAY).legs_with_period()
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(64), "2024-06-10") in legs
    assert not any(leg[3] == Count.exact(64) and leg[4] == "2024-06-03" for leg in legs)


def test_news_a_figure_no_earlier_exchange_holds_stays_with_the_last_date(
    news: News,
) -> None:
    """Near miss: a count neither exchange moved is no restatement of Monday's."""
    text = (
        "Ukraine got back 64 soldiers on Monday in exchange for the same number of Russian "
        "troops. It was the second swap this month, after one of 40 prisoners each on 3 June. "
        "Moscow's defence ministry said 58 servicemen had been returned to Russia."
    )
    legs = news(text, published=_DAY).legs_with_period()
    assert not any(leg[3] == Count.exact(58) and leg[4] == "2024-06-10" for leg in legs)


def test_news_two_exchanges_of_the_same_size_are_not_told_apart(news: News) -> None:
    """Near miss: when the older swap moved the same count, the restatement stays put."""
    text = (
        "Ukraine got back 64 soldiers on Monday in exchange for the same number of Russian "
        "troops. It was the second swap this month, after one of 64 prisoners each on 3 June. "
        "Moscow's defence ministry said 64 servicemen had been returned to Russia."
    )
    legs = news(text, published=_DAY).legs_with_period()
    assert ("UKR", "RUS", "prisoners_of_war", Count.exact(64), "2024-06-03") in legs
