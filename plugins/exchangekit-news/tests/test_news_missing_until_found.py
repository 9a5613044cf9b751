"""People who "were listed as missing until their bodies were found" are missing no more.

A count of people whose missing status a clause after "before" or "until" ends (their
deaths confirmed, their bodies identified, themselves found or freed) looks back on a
status that is over: it is no count of the missing, often a part of a count of the dead
told beside it. A time after "before" ("missing before the winter") ends nothing, and the
count stays a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Any]]]
_DAY = date(2025, 7, 1)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "A volunteer project counting fallen Ukrainian soldiers has recorded more than "
            "60,000 named dead, of whom about 4,000 were listed as missing before their deaths "
            "were confirmed.",
            ("UKR", "killed", Count.parse("more than 60,000")),
        ),
        (
            "Mediazona has named 120,000 dead Russian soldiers; 9,000 of them had been "
            "reported missing until their bodies were identified.",
            ("RUS", "killed", Count.exact(120_000)),
        ),
        (
            "The database holds 31,500 Ukrainian soldiers killed in action, and 2,300 of them "
            "were registered as missing in action until DNA tests found a match.",
            ("UKR", "killed", Count.exact(31_500)),
        ),
    ],
)
def test_news_missing_until_a_clause_ends_it_is_no_missing_claim(
    news: News, found: Found, text: str, dead: tuple[str, str, Count]
) -> None:
    assert found(news(text, published=_DAY)) == {dead}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time after "before" ends nothing: still a count of the missing
        (
            "Kyiv said more than 8,000 Ukrainian soldiers were listed as missing before the "
            "winter.",
            {("UKR", "missing", Count.parse("more than 8,000"))},
        ),
        # no "before" or "until": the plain count stays
        (
            "Kyiv said 8,000 Ukrainian soldiers had been listed as missing.",
            {("UKR", "missing", Count.exact(8_000))},
        ),
        # a clause that ends nothing for them: they are still missing
        (
            "Kyiv said 8,000 Ukrainian soldiers were missing before the talks resumed.",
            {("UKR", "missing", Count.exact(8_000))},
        ),
    ],
)
def test_news_missing_not_ended_stays_a_claim(
    news: News, found: Found, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert found(news(text, published=_DAY)) == expected


@settings(max_examples=30, deadline=None)
@given(
    n=st.integers(2_200, 90_000),
    side=st.sampled_from(["Ukrainian", "Russian"]),
    status=st.sampled_from(
        ["were listed as missing", "had been reported missing", "were registered as missing"]
    ),
    ending=st.sampled_from(
        [
            "before their deaths were confirmed",
            "until their bodies were identified",
            "until they were found",
            "before their remains were recovered",
        ]
    ),
)
def test_news_a_missing_status_ended_never_gives_a_missing_claim(
    news: News, found: Found, n: int, side: str, status: str, ending: str
) -> None:
    text = f"Officials said {n:,} {side} soldiers {status} {ending}."
    assert not any(category == "missing" for _, category, _ in found(news(text, published=_DAY)))
