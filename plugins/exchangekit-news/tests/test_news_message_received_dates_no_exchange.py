"""A call or message received is no handover, so its day dates no exchange.

"His mother received a phone call from him on Thursday": what "received" takes is a
call, not people, so Thursday is not the day of the exchange told around it, which
keeps its own day ("freed on Wednesday night"). People received on a day still date
the exchange.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
FRIDAY = date(2022, 9, 23)


def _periods(news: News, middle: str) -> set[str]:
    text = (
        "RIVNE — A local man was among prisoners freed on Wednesday night in a wider "
        f'exchange between Ukraine and Russia.\n\n{middle} "We all cried," she said.\n\n'
        "In the exchange, Ukraine got back 120 of its fighters and Russia received 40 "
        "prisoners."
    )
    return news(text, published=FRIDAY).periods()


@pytest.mark.parametrize(
    "middle",
    [
        "His mother said she received a phone call from him on Thursday.",
        "The family received a call from the foreign ministry on Thursday.",
        "His wife got a text message from him on Thursday.",
        "His sister said she had received messages from him on Thursday.",
    ],
)
def test_news_a_call_received_on_a_day_leaves_the_exchange_its_own(news: News, middle: str) -> None:
    assert _periods(news, middle) == {"2022-09-21"}


def test_news_people_received_on_a_day_still_date_the_exchange(news: News) -> None:
    text = (
        "RIVNE — Ukraine received the bodies of its soldiers on Thursday, the ministry "
        'said. "We wait for each one," a volunteer said.\n\nKyiv got back 120 bodies.'
    )
    assert {str(e.period) for e in news(text, published=FRIDAY).exchanges} == {"2022-09-22"}
