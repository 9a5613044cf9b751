"""A toll summed over a counted handful of incidents is no side's claim of war losses.

"The mission documented the killing of at least 30 captured soldiers in nine separate
incidents" adds up events a monitor documented one by one (as the toll of one attack is
that attack's news): incident-level figures, not a national count of the dead. A toll
with no count of incidents after it stays a claim.
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
_DAY = date(2025, 1, 31)


@pytest.mark.parametrize(
    "text",
    [
        "The monitors documented the execution of at least 30 Russian soldiers who had "
        "surrendered, in nine separate incidents.",
        "The mission said at least 45 Ukrainian prisoners of war had been killed in 17 "
        "incidents since last spring.",
        "Investigators recorded the deaths of 21 captured Ukrainian servicemen in six "
        "distinct incidents near the front.",
    ],
)
def test_news_a_toll_over_counted_incidents_makes_no_claim(news: News, text: str) -> None:
    assert news(text, published=_DAY).claims == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no count of incidents: a toll the mission gives as such
        (
            "The mission said at least 45 Ukrainian prisoners of war had been killed since "
            "last spring.",
            {("UKR", "killed", Count.parse("at least 45"))},
        ),
        # "incidents" named without a count of them
        (
            "Kyiv said 9,000 Russian soldiers had been killed in incidents along the whole "
            "front since May.",
            {("RUS", "killed", Count.exact(9_000))},
        ),
    ],
)
def test_news_a_toll_without_counted_incidents_stays_a_claim(
    news: News, found: Found, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    assert found(news(text, published=_DAY)) == expected


@settings(max_examples=30, deadline=None)
@given(
    dead=st.integers(2, 400),
    incidents=st.sampled_from(["five", "nine", "12", "24"]),
    adjective=st.sampled_from(["", "separate ", "different "]),
    side=st.sampled_from(["Ukrainian", "Russian"]),
)
def test_news_counted_incidents_never_give_a_claim(
    news: News, dead: int, incidents: str, adjective: str, side: str
) -> None:
    text = (
        f"The monitors documented the killing of at least {dead:,} captured {side} "
        f"soldiers in {incidents} {adjective}incidents."
    )
    assert news(text, published=_DAY).claims == []
