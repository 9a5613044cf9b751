"""A quoted phrase that only describes the people a figure counts is no verb of theirs.

Translated statements quote the official wording of who came home: '115 Russian
servicemen "captured in the Kursk region" were returned'. The quoted participle qualifies
the people; the clause's verb ("were returned") comes after it, so the figure is a
transfer, never a count of captives. A quotation that closes after the figure ('"more than
2,000" are in captivity') or quotes a single word ('had been "captured"') is read as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
Found = Callable[[Any], set[tuple[str, str, Any]]]
_DAY = date(2024, 10, 18)


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        (
            "Moscow's defence ministry said 95 Russian soldiers \"taken prisoner during the "
            'Kursk incursion" had been handed back by Kyiv.',
            ("UKR", "RUS", "prisoners_of_war", Count.exact(95)),
        ),
        (
            'The ministry said 40 Ukrainian servicemen "detained in the occupied territories" '
            "were handed over in return.",
            ("RUS", "UKR", "prisoners_of_war", Count.exact(40)),
        ),
    ],
)
def test_news_a_quoted_participle_on_returned_people_keeps_the_transfer(
    news: News, text: str, leg: tuple[str, str, str, Count], transfer_tuples: TransferTuples
) -> None:
    """The quoted description of the people is neither a claim nor the end of their clause."""
    read = news(text, published=_DAY)
    assert read.claims == []
    assert transfer_tuples(read) == {leg}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one quoted word after the auxiliary: the verb of the people is still "captured"
        (
            'Kyiv says 2,000 Russian soldiers had been "captured" in the Kursk region since '
            "August.",
            {("RUS", "captured", Count.exact(2_000))},
        ),
        # the quotation closes after the figure: what follows is its predicate
        (
            'Kyiv says "more than 2,000" Russian soldiers are in captivity.',
            {("RUS", "captured", Count.parse("more than 2,000"))},
        ),
    ],
)
def test_news_quotes_that_close_on_the_figure_or_one_word_leave_the_claim(
    news: News, found: Found, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert found(news(text, published=_DAY)) == expected


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    count=st.integers(min_value=2, max_value=900),
    phrase=st.sampled_from(
        [
            "captured in the Kursk region",
            "held in the Belgorod region",
            "taken prisoner during the incursion",
        ]
    ),
)
def test_news_a_quoted_capture_phrase_never_turns_a_return_into_captives(
    news: News, count: int, phrase: str, transfer_tuples: TransferTuples
) -> None:
    """Whatever the count and the quoted phrase, the returned soldiers are a transfer."""
    text = f'The ministry said {count:,} Russian servicemen "{phrase}" were returned by Kyiv.'
    read = news(text, published=_DAY)
    assert read.claims == []
    assert transfer_tuples(read) == {("UKR", "RUS", "prisoners_of_war", Count.exact(count))}
