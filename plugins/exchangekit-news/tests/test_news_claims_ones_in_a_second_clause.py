"""A second clause's "N Ukrainian ones" that takes up the loss noun of the first clause.

"Kyiv reported 7,100 Russian losses for the week, and Moscow reported 8,300 Ukrainian
ones": "ones" stands for the losses just named, so the second figure is the other side's
claim of the same kind, told by the second clause's teller. The clauses must be joined by
"and" within a few words; in a sentence of its own "ones" is left unread.
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

_PUBLISHED = date(2025, 5, 9)


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(2_000, 90_000),
    second=st.integers(2_000, 90_000),
    noun=st.sampled_from(["losses", "casualties"]),
    verb=st.sampled_from(["reported", "claimed", "gave"]),
)
def test_news_ones_after_and_is_the_other_sides_loss(
    news: News, found: Found, first: int, second: int, noun: str, verb: str
) -> None:
    text = (
        f"Ukraine's General Staff {verb} {first:,} Russian {noun} last month, and "
        f"Russia's defence ministry {verb} {second:,} Ukrainian ones."
    )
    read = found(news(text, published=_PUBLISHED))
    assert ("RUS", "total_losses", Count.exact(first)) in read
    assert ("UKR", "total_losses", Count.exact(second)) in read


def test_news_ones_with_a_hedge_and_the_sides_swapped(news: News, found: Found) -> None:
    text = (
        "Moscow put Ukrainian casualties at 12,400 for the month; Kyiv's count was lower "
        "at 4,050 Russian casualties, and its allies estimated more than 6,000 Russian ones."
    )
    assert ("RUS", "total_losses", Count.more_than(6_000)) in found(
        news(text, published=_PUBLISHED)
    )


def test_news_ones_in_a_sentence_of_its_own_is_not_read(news: News, found: Found) -> None:
    """The near miss: no "and" joins the clauses, so "ones" takes up nothing it can see."""
    text = (
        "Ukraine's General Staff reported 7,100 Russian losses last month. Russia's "
        "defence ministry reported 8,300 Ukrainian ones."
    )
    assert {c for c in found(news(text, published=_PUBLISHED)) if c[2].low == 8_300} == set()
