"""A list of dated handovers, each with its pair in brackets, the ways told once.

"on 2 April (640 went to Ukraine, 28 to Russia), in May (640 and 31, respectively)":
the first bracket says which way each figure went; a later bracket of two bare
figures after its own date repeats those ways in order. When the first bracket does
not give two opposite ways, the later pairs are refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

PUBLISHED = date(2025, 10, 23)
HEAD = "Bodies handed over\n\nThe Kyiv Ledger | Published 23 October 2025\n\n"


def _legs(read: Any) -> set[tuple[str, str, str, str]]:
    return {
        (str(e.period), t.sender.code, t.receiver.code, str(t.count))
        for e in read.exchanges
        for t in e.transfers
        if t.category.value == "remains"
    }


@pytest.mark.parametrize(
    ("sentence", "later"),
    [
        (
            "The bodies came back in a steady rhythm: on 2 April (640 went to Ukraine, 28 to "
            "Russia), in May (655 and 31, respectively) and on 12 June (610 and 17 again).",
            {("2025-05", "RUS", "UKR", "655"), ("2025-05", "UKR", "RUS", "31")}
            | {("2025-06-12", "RUS", "UKR", "610"), ("2025-06-12", "UKR", "RUS", "17")},
        ),
        (
            "Bodies were exchanged on 2 April (640 were returned to Kyiv, 28 to Moscow) and "
            "on 12 June (610 and 17).",
            {("2025-06-12", "RUS", "UKR", "610"), ("2025-06-12", "UKR", "RUS", "17")},
        ),
        (
            # the first bracket the other way round: the later pair keeps its order
            "Bodies were exchanged on 2 April (28 went to Russia, 640 to Ukraine), on "
            "Tuesday (17 and 610).",
            {("2025-10-21", "UKR", "RUS", "17"), ("2025-10-21", "RUS", "UKR", "610")},
        ),
    ],
)
def test_news_bare_bracketed_pair_takes_the_ways_of_the_pair_before(
    news: Callable[..., Any], sentence: str, later: set[tuple[str, str, str, str]]
) -> None:
    legs = _legs(news(HEAD + sentence, published=PUBLISHED))
    assert later <= legs


@pytest.mark.parametrize("joint", [",", " and"])
def test_news_second_half_in_a_bracket_keeps_the_date_before_the_bracket(
    news: Callable[..., Any], joint: str
) -> None:
    # the half's verb is some words back in the bracket: the later date is not its own
    sentence = (
        f"Bodies were exchanged on 2 April (640 were returned to Kyiv{joint} 28 to Moscow) "
        "and again on 12 June."
    )
    legs = _legs(news(HEAD + sentence, published=PUBLISHED))
    assert ("2025-04-02", "UKR", "RUS", "28") in legs
    assert not any(leg[0] == "2025-06-12" for leg in legs)


@pytest.mark.parametrize(
    "sentence",
    [
        # the first bracket gives one way only: which way each later figure went is unknown
        "Bodies were exchanged on 2 April (640 were returned to Ukraine) and on 12 June "
        "(610 and 17).",
        # both halves of the first bracket go the same way: no order of ways to repeat
        "Bodies were exchanged on 2 April (640 were returned to Ukraine, 28 to Kyiv) and on "
        "12 June (610 and 17).",
    ],
)
def test_news_bare_bracketed_pair_without_ways_before_is_refused(
    news: Callable[..., Any], sentence: str
) -> None:
    legs = _legs(news(HEAD + sentence, published=PUBLISHED))
    assert not any(leg[3] in ("610", "17") for leg in legs)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    there=st.integers(min_value=200, max_value=1_500).filter(lambda n: not 1_800 <= n <= 2_100),
    back=st.integers(min_value=2, max_value=150),
)
def test_news_bracketed_pair_goes_the_ways_in_order(
    news: Callable[..., Any], there: int, back: int
) -> None:
    read = news(
        HEAD + "Bodies were exchanged on 2 April (640 went to Ukraine, 28 to Russia) and on "
        f"12 June ({there:,} and {back:,})."
    )
    june = {
        (t.receiver.code, t.count)
        for e in read.exchanges
        for t in e.transfers
        if str(e.period) == "2025-06-12"
    }
    assert june == {("UKR", Count.exact(there)), ("RUS", Count.exact(back))}
