"""One exchange told only as a sum of the days it took is a total over them, not a handover.

"The first meeting of the delegations, on 9 September, led to a swap of 840 prisoners for
840, conducted over four days in early October": the phrase set off after the figure
says how the swap was staged and places its days, so each side's 840 is the total over
those days (a tally per direction), and the meeting's own day is not the day it stands on.
So is "612 Ukrainians were returned in two days": the days the handover took. What is
still to come ("are expected in two days") is no total, nor is a phrase that leaves its
days unplaced ("conducted over four days, Kyiv said").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]


def _tallies(news: News, text: str) -> set[tuple[str, str, str, str]]:
    return news(text, published=date(2025, 11, 20)).tally_spans()


def test_news_a_staged_phrase_placing_its_days_makes_a_total_per_side(news: News) -> None:
    text = (
        "The first round of talks, on 9 September, led to a swap of 840 prisoners for 840, "
        "conducted over four days in October, Kyiv said."
    )
    result = news(text, published=date(2025, 11, 20))
    assert not result.exchanges
    assert result.tally_spans() == {
        ("2025-10-01/2025-10-31", "UKR", "prisoners_of_war", "840"),
        ("2025-10-01/2025-10-31", "RUS", "prisoners_of_war", "840"),
    }


def test_news_the_talks_day_set_off_is_not_the_total_s_day(news: News) -> None:
    """ "The previous round, on 9 September, ...": the round's day, never the span's end."""
    text = (
        "That is more than the previous round, on 9 September, produced: the exchange of "
        "840 prisoners for 840, carried out over four days last month."
    )
    spans = _tallies(news, text)
    assert spans
    assert not any(span.endswith("2025-09-09") for span, *_ in spans)


def test_news_returned_in_days_is_the_sum_of_those_days(news: News) -> None:
    text = (
        "In October, according to the office, 612 Ukrainians were returned in two days, "
        "a record for the office."
    )
    result = news(text, published=date(2025, 11, 20))
    assert not result.exchanges
    assert ("2025-10-01/2025-10-31", "UKR", "other", "612") in result.tally_spans()


@pytest.mark.parametrize(
    "text",
    [
        "In October, 612 Ukrainians were freed, and a further 100 are expected in two days.",
        "In December, officials in Kyiv said, 612 Ukrainians will be released in two days.",
        "The first round of talks led to a swap of 840 prisoners for 840, conducted over "
        "four days, Kyiv said.",
    ],
)
def test_news_days_still_to_come_or_unplaced_make_no_total(news: News, text: str) -> None:
    assert not _tallies(news, text)


def test_news_a_since_framing_another_clause_is_not_the_days_span(news: News) -> None:
    """ "Since March 2023 ... when 612 were returned in two days": October's days only."""
    text = (
        "Since March 2023 the office has taken part in the exchanges, among them the "
        "largest of the year, in October, when 612 Ukrainians were returned in two days."
    )
    assert _tallies(news, text) == {("2025-10-01/2025-10-31", "UKR", "other", "612")}
