"""A town's council named in one sentence and "it" counting residents in the next.

"In Sumy, the city council keeps a register of its own. It counts 412 residents
killed": "it" is the council, a local body counting its own town's people, so the
counts are a local toll and no side's claim; "it" is not the teller named further
back. A bare "it" after a sentence naming no local body still points back to the
latest teller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

STAFF = "Ukraine's General Staff said 1,250 Russian troops had been killed in the past day. "


_STAFF_CLAIM = (
    "RUS",
    "killed",
    Count.parse("1,250"),
    "General Staff of the Armed Forces of Ukraine",
)


@pytest.mark.parametrize(
    "text",
    [
        STAFF + "In Sumy, the city council keeps a register of its own. "
        "It counts 412 residents killed and 95 missing.",
        STAFF + "The village council of Hlushkovo keeps its own records. "
        "It lists 37 residents missing.",
        STAFF + "The local administration in Chernihiv has counted the dead. "
        "It says 230 residents have been killed since 2022.",
    ],
)
def test_news_it_after_a_local_body_counts_its_own_residents(news: News, text: str) -> None:
    assert news(text).claims_by_claimant() == {_STAFF_CLAIM}


def test_news_it_after_no_local_body_keeps_the_teller(news: News) -> None:
    text = (
        STAFF
        + "The figure was higher than last week. "
        + "It said 4,100 Russian soldiers had been killed that week."
    )
    assert news(text).claims_by_claimant() == {
        _STAFF_CLAIM,
        ("RUS", "killed", Count.parse("4,100"), "General Staff of the Armed Forces of Ukraine"),
    }


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=2200, max_value=90_000))
def test_news_a_council_count_is_never_a_claim(news: News, n: int) -> None:
    text = STAFF + f"In Poltava, the city council keeps a list. It counts {n:,} residents killed."
    assert news(text).claims_by_claimant() == {_STAFF_CLAIM}
