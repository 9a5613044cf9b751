"""An "according to X" inside a relative clause on the people counted.

"Kyiv said 640 bodies were repatriated, which, according to the Russian side, are
those of Ukrainian soldiers": X is the figure's attribution, but it vouches for what
the relative clause says of the bodies (whose they are), not for the handover, so
the bodies come home ("repatriated") to the speaker's side, not to X's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
TUESDAY = date(2025, 7, 15)


def _legs(news: News, text: str) -> set[tuple[str, str, str, str, str | None]]:
    """(sender, receiver, category, count, party of the source) of every transfer read."""
    return {
        (
            t.sender.code,
            t.receiver.code,
            t.category.value,
            str(t.count),
            t.attributed_to.party.code if t.attributed_to and t.attributed_to.party else None,
        )
        for e in news(text, published=TUESDAY).exchanges
        for t in e.transfers
    }


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Kyiv's prisoner-of-war headquarters said 640 bodies had been repatriated on "
            "Tuesday, which, according to the Russian side, are those of Ukrainian soldiers.",
            "640",
        ),
        # the relative clause straight after the noun, its aside in commas
        (
            "Ukraine's headquarters said on Tuesday it had received 757 bodies which, "
            "according to Moscow, belong to Ukrainian servicemen.",
            "757",
        ),
        # the source in quotation marks, and no nationality word for the dead
        (
            'The headquarters in Kyiv said that 512 bodies had been repatriated, which "according '
            'to Moscow" belong to Ukrainian military.',
            "512",
        ),
        # no commas round the aside
        (
            "Kyiv said 88 bodies were repatriated on Tuesday, which according to the Russian "
            "side are Ukrainian.",
            "88",
        ),
    ],
)
def test_news_a_source_in_a_relative_clause_is_not_the_handovers_source(
    news: News, text: str, count: str
) -> None:
    assert _legs(news, text) == {("RUS", "UKR", "remains", count, "RUS")}


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        # near-misses: "according to X" of the whole clause still names its source
        (
            "On Tuesday 502 bodies were repatriated, according to the Russian side.",
            ("UKR", "RUS", "remains", "502", "RUS"),
        ),
        (
            "According to Moscow, 640 bodies were handed over to Ukraine on Tuesday.",
            ("RUS", "UKR", "remains", "640", "RUS"),
        ),
    ],
)
def test_news_according_to_of_the_clause_still_names_the_source(
    news: News, text: str, leg: tuple[str, str, str, str, str]
) -> None:
    assert _legs(news, text) == {leg}


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=2, max_value=1799) | st.integers(min_value=2101, max_value=9999))
def test_news_a_relative_clauses_source_never_turns_the_direction(news: News, n: int) -> None:
    text = (
        f"Kyiv said {n:,} bodies had been repatriated on Tuesday, which, according to the "
        "Russian side, are Ukrainian."
    )
    legs = _legs(news, text)
    assert {(s, r, c) for s, r, c, _, _ in legs} == {("RUS", "UKR", "remains")}
    assert {party for *_, party in legs} == {"RUS"}
