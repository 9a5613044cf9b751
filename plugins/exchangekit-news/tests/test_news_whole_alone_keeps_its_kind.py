"""A whole recorded without its parts is still the kind of exchange its parts make it.

"Each side freed 200 people - 150 soldiers and 50 civilians": the soldiers make it a
prisoner swap whether or not the parts are recorded as transfers, so a report of the
same swap by another outlet, which gives the parts, is merged with it instead of being
counted beside it as a second exchange of the same people.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange, ExchangeKind, PersonCategory
from exchangekit.reconcile import merge_duplicates, totals

News = Callable[..., Any]

WHOLE = {"breakdowns": "whole"}


def _kinds(read: Any) -> list[ExchangeKind]:
    return [e.kind for e in read.exchanges]


def test_news_whole_of_soldiers_and_civilians_is_a_prisoner_swap(news: News) -> None:
    """Soldiers among the parts: a prisoner swap, as when the parts are recorded too."""
    text = (
        "On Friday each side released 310 people - 260 soldiers and 50 civilians, officials said."
    )
    assert _kinds(news(text, **WHOLE)) == [ExchangeKind.PRISONER_SWAP]
    assert _kinds(news(text, breakdowns="both")) == [ExchangeKind.PRISONER_SWAP]


def test_news_whole_of_servicemen_in_an_aside_is_a_prisoner_swap(news: News) -> None:
    """The parts set off by commas inside the clause tell the kind all the same."""
    text = (
        "A total of 95 Ukrainians, 80 of them servicemen and 15 civilians, returned home "
        "on Wednesday, the ombudsman said."
    )
    read = news(text, **WHOLE)
    assert [t.category for e in read.exchanges for t in e.transfers] == [PersonCategory.OTHER]
    assert _kinds(read) == [ExchangeKind.PRISONER_SWAP]


def test_news_whole_after_a_colon_is_a_prisoner_swap(news: News) -> None:
    """A breakdown after a colon, in the order civilians first."""
    text = "Ukraine got back 175 people on Sunday: 25 civilians and 150 soldiers."
    assert _kinds(news(text, **WHOLE)) == [ExchangeKind.PRISONER_SWAP]


def test_news_whole_with_no_parts_stays_of_no_kind(news: News) -> None:
    """Near miss: a whole of people with no breakdown tells no kind."""
    assert _kinds(news("Ukraine got back 175 people on Sunday.", **WHOLE)) == [ExchangeKind.OTHER]


def _exchanges(text: str, source: str) -> list[Exchange]:
    items = NewsParser().parse(
        io.StringIO(text),
        source=source,
        published=date(2025, 10, 23),
        publisher=source,
        breakdowns="whole",
    )
    return [i for i in items if isinstance(i, Exchange)]


@settings(max_examples=10, deadline=None)
@given(
    soldiers=st.integers(min_value=40, max_value=400),
    civilians=st.integers(min_value=2, max_value=39),
)
def test_news_a_whole_and_another_outlets_parts_merge_into_one_swap(
    soldiers: int, civilians: int
) -> None:
    """One outlet's whole and another's parts of the same day are one swap: the whole
    is summed once, not once per outlet."""
    whole = soldiers + civilians
    first = _exchanges(
        f"On Monday each side freed {whole:,} people - {soldiers:,} soldiers and "
        f"{civilians:,} civilians, Kyiv said.",
        "kyiv.txt",
    )
    second = _exchanges(
        f"Russia and Ukraine each released {soldiers:,} prisoners of war and "
        f"{civilians:,} civilians on Monday, Moscow said. In all {whole:,} Ukrainians "
        "came home on Monday, officials said.",
        "moscow.txt",
    )
    merged = merge_duplicates(first + second).exchanges
    assert len(merged) == 1
    summed = totals(merged, "month", receiver="UKR", category="other").total
    assert summed == Count.exact(whole)
