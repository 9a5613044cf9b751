"""The other way of a running total, told apart from it (issue 8).

"Across seven handovers between February and September, Kyiv got back 8,240 bodies.
Russia received 312.": a sentence that bare sets the other side's figure against the
total just told, so it sums the same handovers the other way. ", and that 82 had been
sent to Russia" after a reported total is its other way too, even past an aside that
names days of its own between dashes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 10, 23)
TOTAL = (
    "Across seven handovers between February and September, Kyiv got back the bodies of "
    "8,240 soldiers, its coordination headquarters said. "
)


@pytest.mark.parametrize(
    ("lead", "other"),
    [
        (TOTAL, "Russia received 312."),
        (
            "Over eight handovers this year, Ukraine has recovered 7,400 bodies. ",
            "Moscow received 290.",
        ),
    ],
)
def test_news_side_received_alone_after_a_total_is_its_other_way(
    news: News, lead: str, other: str
) -> None:
    """The bare figure is the total of the same span and kind that went to Russia."""
    result = news(lead + other, published=_DAY)
    assert result.exchanges == []
    by_receiver = {t.receiver.code: t for t in result.tallies}
    assert set(by_receiver) == {"UKR", "RUS"}
    back = by_receiver["RUS"]
    assert back.sender.code == "UKR"
    assert back.category.value == "remains"
    assert back.covers == by_receiver["UKR"].covers


@pytest.mark.parametrize(
    "text",
    [
        # a day of its own: that day's handover
        TOTAL + "Russia received 312 on Friday.",
        # the sentence before told one dated handover, no total
        "On 3 October Kyiv got back 1,100 bodies, officials said. Russia received 31.",
    ],
)
def test_news_side_received_alone_near_misses_are_no_total(news: News, text: str) -> None:
    result = news(text, published=_DAY)
    assert not any(t.receiver.code == "RUS" for t in result.tallies)


def test_news_that_clause_sent_to_the_other_side_past_a_dashed_aside(news: News) -> None:
    """ "- which ... on 14 and 15 September -" dates no handover of the 82."""
    result = news(
        "On 12 and 19 September, Ukraine received 1,000 bodies each time, while Russia took "
        "back 20 on the first day and 35 on the second. The headquarters said on Tuesday "
        "that 6,400 bodies had been handed to Ukraine in all the repatriations since 10 "
        "September - which, it said, included two small ones on 14 and 15 September - and "
        "that 82 had been sent to Russia.",
        published=_DAY,
    )
    by_count = {t.count: t for t in result.tallies}
    back = by_count[Count.exact(82)]
    assert (back.sender.code, back.receiver.code, back.category.value) == (
        "UKR",
        "RUS",
        "remains",
    )
    assert back.covers == by_count[Count.exact(6_400)].covers
    assert Count.exact(82) not in result.moved_counts()
