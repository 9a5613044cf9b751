"""A count's head "for" one side's losses: "Kyiv's latest figure for Russian losses was N".

The figure counts the losses of the side named after "for", whoever's figure it is: the
possessive before the head ("Kyiv's", "Moscow's") is its teller, never the side that
lost. An aside saying when or where the figure was stated may stand between the head and
its verb ("..., published on Telegram, was N"), as a relative clause may.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 4, 2)
_SIDES = [("Kyiv's", "Russian", "RUS"), ("Moscow's", "Ukrainian", "UKR")]


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(300, 3_000),
    side=st.sampled_from(_SIDES),
    aside=st.sampled_from(["", ", published on Telegram,", ", given in its morning update,"]),
    noun=st.sampled_from(["servicemen", "soldiers"]),
)
def test_news_a_figure_for_a_sides_losses_is_that_sides(
    news: News, found: Found, n: int, side: tuple[str, str, str], aside: str, noun: str
) -> None:
    teller, adjective, code = side
    text = (
        f"{teller} latest figure for {adjective} losses{aside} was {n:,} {noun} over the past day."
    )
    assert found(news(text, published=_PUBLISHED)) == {(code, "total_losses", Count.exact(n))}


def test_news_a_figure_for_losses_set_off_by_when_it_was_issued(news: News, found: Found) -> None:
    text = (
        "The ministry in Moscow gave no comment. Its figure for Ukrainian losses, issued "
        'at the evening briefing, was "up to 1,240" servicemen in the past 24 hours.'
    )
    assert ("UKR", "total_losses", Count.at_most(1_240)) in found(news(text, published=_PUBLISHED))


def test_news_a_figure_for_prisoners_is_no_loss(news: News, found: Found) -> None:
    """The near miss: the head is a count of prisoners, not of losses, so nothing is read."""
    text = "Kyiv's latest figure for Russian prisoners, given at a briefing, was 410 servicemen."
    assert found(news(text, published=_PUBLISHED)) == set()
