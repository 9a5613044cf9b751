"""A total "since" an event the text never dates has no start to print, so none is read.

"Since the garrison's surrender, more than 2,400 of the plant's defenders have, Kyiv says,
been brought home": the span opens with the surrender, whose day the sentence does not
give; taking the war's start would be silently wrong and one handover on the day of the
report wronger still. A sentence before that dates the event gives the start; a clause
in the simple past with a day of its own is one handover.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "Since the garrison's surrender, more than 2,400 of the plant's defenders have, Kyiv "
        "says, been brought home.",
        "Since the events in the Kursk region, 46 of its residents who had been taken into "
        "Ukraine have been returned, the Russian ombudsman said.",
        "Since the programme began, some 1,300 children, according to the presidential "
        "office, have been brought back to Ukraine.",
    ],
)
def test_news_total_since_an_undated_event_is_not_read(news: News, text: str) -> None:
    result = news(text)
    assert result.tallies == []
    assert result.exchanges == []


def test_news_the_sentence_before_dates_the_event(news: News) -> None:
    result = news(
        "The garrison laid down its arms in May 2022. Since the surrender, more than 2,400 of "
        "its defenders have been brought home, Kyiv says."
    )
    assert result.tally_spans() == {
        ("2022-05-01/2025-10-23", "UKR", "prisoners_of_war", "more than 2,400"),
    }


def test_news_one_days_handover_after_the_event_stays_one(news: News) -> None:
    """Near miss: the simple past and a day of its own tell one handover."""
    result = news("Since the surrender, 90 Ukrainian defenders came home on Friday.")
    assert result.tallies == []
    assert result.moved_counts() == {Count.exact(90)}
