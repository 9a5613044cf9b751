"""A mediating state that is the subject of "said" is who said the exchange's figures.

"Qatar said seven children were returned to Ukraine": the state that brokered
the return tells its figure, so the transfer is attributed to that state's
government, not left to the publisher. A mediator that only stands in the
sentence ("with Qatari help", "brokered by the UAE") says nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def _said(result: Any) -> set[tuple[str, str, Count, str | None]]:
    return {
        (
            t.receiver.code,
            t.category.value,
            t.count,
            t.attributed_to.party.code
            if t.attributed_to is not None and t.attributed_to.party is not None
            else None,
        )
        for e in result.exchanges
        for t in e.transfers
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar said on Tuesday that nine Ukrainian children had been returned home "
            "from Russia.",
            {("UKR", "children", Count.parse("9"), "QAT")},
        ),
        (
            "The United Arab Emirates said 120 Ukrainian prisoners of war were freed on "
            "Monday in exchange for 120 Russian soldiers.",
            {
                ("UKR", "prisoners_of_war", Count.parse("120"), "UAE"),
                ("RUS", "prisoners_of_war", Count.parse("120"), "UAE"),
            },
        ),
        (
            "Turkey has said that 64 Russian servicemen were handed over to Moscow on Sunday.",
            {("RUS", "prisoners_of_war", Count.parse("64"), "TUR")},
        ),
    ],
)
def test_news_a_mediator_subject_of_said_tells_the_figure(
    news: News, text: str, expected: set[tuple[str, str, Count, str | None]]
) -> None:
    assert _said(news(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the mediator is named, but Kyiv says the figure
        "Nine Ukrainian children were returned home from Russia with Qatari help, Kyiv said.",
        # the mediator brokered, it did not speak
        "Brokered by the UAE, the swap returned 120 Ukrainian prisoners of war, Ukraine said.",
    ],
)
def test_news_a_mediator_that_does_not_speak_tells_nothing(news: News, text: str) -> None:
    assert all(party != "QAT" and party != "UAE" for *_, party in _said(news(text)))


@settings(max_examples=15, deadline=None)
@given(n=st.integers(min_value=2, max_value=1500).filter(lambda n: not 1800 <= n <= 2100))
def test_news_a_mediators_said_figure_is_its_own_for_any_count(news: News, n: int) -> None:
    text = f"Qatar said {n:,} Ukrainian children had been returned home from Russia on Monday."
    assert _said(news(text)) == {("UKR", "children", Count.parse(f"{n:,}"), "QAT")}
