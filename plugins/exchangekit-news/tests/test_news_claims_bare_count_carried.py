"""A bare count said to be dead or missing, in a sentence of no side, is the passage's.

"Kyiv said 30,000 of its soldiers had died. It gave no figure for the missing,
remarking only that thousands were unaccounted for": the count has no noun and the
sentence names no side, so it counts the side of the claim just made. "Unaccounted
for" reads as missing. A count of a place's dead ("where thousands died"), "no one",
or a sentence naming another side is not carried.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@given(
    side=st.sampled_from([("Ukrainian", "UKR"), ("Russian", "RUS")]),
    count=st.integers(min_value=2, max_value=60).map(lambda k: k * 1000),
    verb=st.sampled_from(["were unaccounted for", "remained unaccounted for", "were missing"]),
)
@_SETTINGS
def test_a_bare_missing_count_goes_with_the_claim_before(
    news: News, found: Found, side: tuple[str, str], count: int, verb: str
) -> None:
    adjective, code = side
    text = (
        f"The minister said 31,500 {adjective} soldiers had been killed. He gave no exact"
        f" figure for the missing, adding only that {count:,} {verb}."
    )
    assert found(news(text)) == {
        (code, "killed", Count.exact(31500)),
        (code, "missing", Count.exact(count)),
    }


def test_a_vague_quoted_count_unaccounted_for(news: News, found: Found) -> None:
    """The harder form: a vague count in quotation marks and a trailing relative."""
    text = (
        "Syrskyi said 52,000 Ukrainian troops had died since 2022. Asked about the missing,"
        ' he would say only that "thousands" remained unaccounted for, many of whom could'
        " be prisoners."
    )
    assert ("UKR", "missing", Count.parse("thousands")) in found(news(text))


@pytest.mark.parametrize(
    "text",
    [
        # a place's toll, not the side's
        "The minister said 31,500 Ukrainian soldiers had been killed. Monitors cannot reach"
        " the port, where thousands are believed to have died.",
        # nobody died
        "The minister said 31,500 Ukrainian soldiers had been killed. In the strike on the"
        " depot, officials said no one had been killed.",
    ],
)
def test_no_bare_count_is_carried(news: News, found: Found, text: str) -> None:
    assert found(news(text)) == {("UKR", "killed", Count.exact(31500))}
