"""Dates in a sentence that belong to another event than the figure's.

Issue 8, frozen-44: the first swap a yearly total "starts with", the earlier
exchange one is likened to ("matched October's"), and the event of a group's
back-story ("who had been brought to Ukraine during last year's incursion") are
not the dates the figures stand on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from .conftest import Read

PUBLISHED = date(2025, 6, 20)


@pytest.mark.parametrize("opener", ["starting", "beginning"])
def test_news_total_starting_with_a_dated_swap_stands_when_told(
    news: Callable[..., Read], opener: str
) -> None:
    text = (
        "Over the year, the ombudsman's office says, 2,210 Ukrainians came home in 14 "
        f"exchanges, {opener} with the swap of February 8, when 100 were freed."
    )
    tallies = news(text, published=PUBLISHED).tallies
    assert [(t.count.best, t.as_of.format()) for t in tallies] == [(2210, "2025-06-20")]


def test_news_total_with_its_largest_swap_dated_is_not_this_rule(
    news: Callable[..., Read],
) -> None:
    # "the largest on February 8" is no opening of a series: left to the other rules
    text = (
        "Over the year, the ombudsman's office says, 2,210 Ukrainians came home in 14 "
        "exchanges, the largest on February 8, when 100 were freed."
    )
    tallies = news(text, published=PUBLISHED).tallies
    assert [t.as_of.format() for t in tallies] == ["2025-02-08"]


@pytest.mark.parametrize("verb", ["matched", "mirrored", "repeated"])
def test_news_handover_likened_to_an_earlier_one_keeps_its_own_day(
    news: Callable[..., Read], verb: str
) -> None:
    text = (
        f"The third handover, on 14 May, {verb} March's, with 40 going back to Russia, "
        "while Ukraine received 900 bodies."
    )
    exchanges = news(text, published=PUBLISHED).exchanges
    assert {(e.period.format(), t.count.best) for e in exchanges for t in e.transfers} >= {
        ("2025-05-14", 900)
    }


def test_news_possessive_date_after_another_verb_is_not_a_likeness(
    news: Callable[..., Read],
) -> None:
    # "came after March's": not likened, so the rule leaves the month to the others
    text = (
        "The third handover, on 14 May, came after March's, with 40 going back to Russia, "
        "while Ukraine received 900 bodies."
    )
    exchanges = news(text, published=PUBLISHED).exchanges
    assert ("2025-05-14", 900) not in {
        (e.period.format(), t.count.best) for e in exchanges for t in e.transfers
    }


def test_news_group_brought_over_in_an_earlier_event_comes_back_on_the_swap_day(
    news: Callable[..., Read],
) -> None:
    text = (
        "On Sunday, 120 soldiers returned to Ukraine in an exchange that also brought home "
        "six civilians. In return, Russia received the same number of its servicemen and "
        "six residents of the Bryansk region who had been brought to Ukraine during last "
        "year's raid."
    )
    exchanges = news(text, published=PUBLISHED).exchanges
    sent_back = {
        e.period.format() for e in exchanges for t in e.transfers if t.receiver.code == "RUS"
    }
    assert sent_back == {"2025-06-15"}
