"""A list after a colon whose head names the side: "Returned to Ukraine: 95 on 18 October".

A head of just a verb of handing over and "to" a side says where every figure of
the list after the colon went, each at its own date. A head the verb does not open
("Not yet returned to Ukraine:") lists people still held, and is no handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

PeriodLegs = Callable[[Any], set[tuple[str, str, str, str, str]]]
PUBLISHED = date(2025, 10, 23)
HEAD = "The year's swaps\n\nThe Kyiv Ledger | Published 23 October 2025\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Returned to Ukraine: 84 prisoners on 2 May, 117 on 9 June.",
            {("2025-05-02", "RUS", "UKR", "prisoners_of_war", "84")}
            | {("2025-06-09", "RUS", "UKR", "prisoners_of_war", "117")},
        ),
        (
            "Handed back to Russia: 46 soldiers on 2 May and 38 on 9 June.",
            {("2025-05-02", "UKR", "RUS", "prisoners_of_war", "46")}
            | {("2025-06-09", "UKR", "RUS", "prisoners_of_war", "38")},
        ),
        (
            "Sent home to Kyiv: 120 civilians on 2 May, 35 on 9 June.",
            {("2025-05-02", "RUS", "UKR", "civilians", "120")}
            | {("2025-06-09", "RUS", "UKR", "civilians", "35")},
        ),
    ],
)
def test_news_colon_head_names_where_the_listed_figures_went(
    news: Callable[..., Any],
    period_legs: PeriodLegs,
    sentence: str,
    expected: set[tuple[str, str, str, str, str]],
) -> None:
    assert period_legs(news(HEAD + sentence, published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Not yet returned to Ukraine: 84 prisoners captured at Mariupol.",
        "Still waiting to be returned to Ukraine: 84 prisoners on the lists.",
    ],
)
def test_news_colon_head_the_verb_does_not_open_is_no_handover(
    news: Callable[..., Any], period_legs: PeriodLegs, sentence: str
) -> None:
    assert period_legs(news(HEAD + sentence, published=PUBLISHED)) == set()


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    one=st.integers(min_value=2, max_value=1_500).filter(lambda n: not 1_800 <= n <= 2_100),
    two=st.integers(min_value=2, max_value=1_500).filter(lambda n: not 1_800 <= n <= 2_100),
)
def test_news_colon_head_side_holds_for_every_item(
    news: Callable[..., Any], one: int, two: int
) -> None:
    read = news(HEAD + f"Returned to Ukraine: {one:,} prisoners on 2 May, {two:,} on 9 June.")
    got = {(str(e.period), t.receiver.code, t.count) for e in read.exchanges for t in e.transfers}
    assert got == {("2025-05-02", "UKR", Count.exact(one)), ("2025-06-09", "UKR", Count.exact(two))}
