"""A copy called faked through a two-word hedge ("is almost certainly fake") is disowned.

"A doctored chart gave Russian dead at 14,000. That version is almost certainly fake":
a degree word before the sentence adverb ("almost certainly", "most likely", "very
probably") still says the copy was faked, so the figures read from it are no one's
estimate and are not published. A copy the hedge calls genuine keeps its figures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2023, 4, 12)


@settings(max_examples=15, deadline=None)
@given(
    hedge=st.sampled_from(["almost certainly", "most likely", "very probably", "quite clearly"]),
    faked=st.sampled_from(["fake", "doctored", "forged", "altered"]),
    ukrainian=st.integers(min_value=21, max_value=90).map(lambda k: k * 1000),
)
def test_news_a_copy_called_faked_through_a_hedge_gives_no_claims(
    news: News, hedge: str, faked: str, ukrainian: int
) -> None:
    """Whatever the hedge, the word of faking and the figure, the copy's figures go."""
    text = (
        "A second image of the chart spread on Telegram, showing Ukrainian deaths of"
        f" {ukrainian:,}. That version is {hedge} {faked}."
    )
    assert news(text, published=_PUBLISHED).claims == []


@pytest.mark.parametrize(
    "disowning",
    [
        "Those slides were most likely doctored, officials said.",
        "This copy had very probably been forged before it was posted.",
    ],
)
def test_news_other_forms_of_a_hedged_faked_copy(news: News, disowning: str) -> None:
    """A plural copy, a perfect passive: the hedged word of faking still disowns it."""
    text = (
        "Another copy of the leaked slides circulated online. It put Russian dead at"
        f" 16,000 and Ukrainian dead at 61,000. {disowning}"
    )
    assert news(text, published=_PUBLISHED).claims == []


def test_news_a_copy_hedged_as_genuine_keeps_its_figures(news: News) -> None:
    """The near miss: "almost certainly genuine" disowns nothing."""
    text = (
        "A second image of the chart spread on Telegram, showing Russian deaths of 16,000."
        " That version is almost certainly genuine."
    )
    claims = news(text, published=_PUBLISHED).claims
    assert [(c.subject.code, c.count.best) for c in claims] == [("RUS", 16_000)]
