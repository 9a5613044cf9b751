"""A side named as where people came from is no speaker.

"31 children were brought back to Ukraine from Russia, the ombudsman said": an office
of no named side says it, not Russia's government, the side named last before the
comma. (The side they went to may still lend its side to sideless officials, as
before: "handed over to Ukraine, officials said" is Ukraine's word.) A side named as
the speaker still speaks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def _sources(read: Any) -> set[str | None]:
    return {
        None if t.attributed_to is None else t.attributed_to.party.code
        for e in read.exchanges
        for t in e.transfers
    }


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=900),
    office=st.sampled_from(["the ombudsman", "the ministry", "an official", "the commissioner"]),
    route=st.sampled_from(
        [
            "were brought back to Ukraine from Russia",
            "came back from Russia",
            "returned home from Russia",
            "were returned from Russia",
        ]
    ),
)
def test_news_the_side_people_came_from_does_not_speak(
    news: News, n: int, office: str, route: str
) -> None:
    """Whatever the count, office and route, Russia, where they came from, is not credited."""
    read = news(f"In October, {n} children {route}, {office} said.")
    assert read.exchanges, route
    assert "RUS" not in _sources(read)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Ukraine received 90 soldiers from Russia, Ukraine's ministry said.", "UKR"),
        ("Ukraine received 90 soldiers from Russia, Moscow said.", "RUS"),
    ],
)
def test_news_a_side_named_as_the_speaker_still_speaks(news: News, text: str, party: str) -> None:
    """Near miss: a speaker with a side of its own after the place keeps that side."""
    assert _sources(news(text)) == {party}
