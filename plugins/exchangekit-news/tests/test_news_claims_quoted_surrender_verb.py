"""A surrender verb in quotation marks still tells of a surrender.

"The ministry said that 1,720 had \"laid down their arms\"": the reporter quotes the
captor's own words, but the quote marks change nothing of what the words say; the
bare count is a claim of the other side's men captured, as it is without the marks.
Quote marks do not stand in for a verb that is not there: a quoted phrase of some
other meaning gives no capture.
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

_PUBLISHED = date(2025, 4, 11)


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(2_101, 9_999),
    verb=st.sampled_from(['"laid down their arms"', "“laid down their weapons”", '"surrendered"']),
)
def test_news_quoted_surrender_verb_is_a_capture_claim(
    news: News, found: Found, count: int, verb: str
) -> None:
    read = news(
        f"The Russian defence ministry said on Tuesday that {count:,} had {verb} in the city.",
        published=_PUBLISHED,
    )
    assert ("UKR", "captured", Count.exact(count)) in found(read)
    assert not read.exchanges


def test_news_quoted_surrender_verb_with_a_clause_after(news: News, found: Found) -> None:
    """The verb's quotes close before a comma and an aside on the figure."""
    read = news(
        'Kyiv\'s general staff said that 640 had "laid down their arms", a number Moscow disputes.',
        published=_PUBLISHED,
    )
    assert ("RUS", "captured", Count.exact(640)) in found(read)


def test_news_quoted_surrender_verb_of_fighters(news: News, found: Found) -> None:
    """With a noun of fighters and an auxiliary of its own inside the quotes."""
    read = news(
        'Moscow said that 1,150 Ukrainian marines "have laid down their arms" near the port.',
        published=_PUBLISHED,
    )
    assert ("UKR", "captured", Count.exact(1_150)) in found(read)


def test_news_quoted_phrase_of_another_meaning_is_no_capture(news: News, found: Found) -> None:
    """The near miss: a quoted phrase that tells of no surrender gives no capture."""
    read = news(
        'The Russian defence ministry said on Tuesday that 1,720 had "moved to new positions".',
        published=_PUBLISHED,
    )
    assert not {kind for _side, kind, _count in found(read)} & {"captured"}
