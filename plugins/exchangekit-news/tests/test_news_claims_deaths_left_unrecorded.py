"""People a teller says no count holds: "thousands of civilian deaths may remain
unrecorded".

A figure of deaths that "remain unrecorded", "have gone uncounted" or "go unreported"
is of the people left out of every tally, a guess at a gap and nobody's toll.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2025, 5, 20)
_OPENING = (
    "The UN monitoring mission in Ukraine said 13,000 civilians had been killed in Ukraine "
    "since the invasion."
)


@settings(max_examples=25, deadline=None)
@given(
    figure=st.sampled_from(["thousands of", "hundreds of", "1,500", "2,400"]),
    noun=st.sampled_from(["civilian deaths", "deaths", "dead civilians"]),
    verb=st.sampled_from(
        [
            "may remain unrecorded",
            "have gone uncounted",
            "probably go unreported",
            "remain undocumented",
        ]
    ),
)
def test_news_deaths_left_unrecorded_are_no_claim(
    news: News, figure: str, noun: str, verb: str
) -> None:
    text = f"{_OPENING} In the occupied south alone, it believes {figure} {noun} {verb}."
    counts = {str(c.count) for c in news(text, published=_DAY).claims}
    assert counts <= {"13,000"}, text


def test_news_deaths_recorded_are_still_read(news: News) -> None:
    """Near miss: the same figure told as deaths that happened is a claim."""
    text = f"{_OPENING} In the occupied south alone, it said 1,500 civilians had died."
    counts = {str(c.count) for c in news(text, published=_DAY).claims}
    assert "1,500" in counts
