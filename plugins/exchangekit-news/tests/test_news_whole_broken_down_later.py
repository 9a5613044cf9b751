"""Parts of a whole broken down in a later sentence go with the whole's exchange.

"The president said 140 Ukrainians were home on Friday. The previous swap, in
November, brought back 31 soldiers. Of the 140, 120 were soldiers and 20 were
civilians": the parts split the 140, so they belong to Friday's exchange, not to the
earlier swap told just before them. A part of a part ("including 12 marines") is
skipped, not the end of the list. With only wholes asked for, the whole alone is
recorded, as for parts told in its own sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]

_WHOLE = "The president said 140 Ukrainians were home on Friday 5 January 2024. "
_ASIDE = "The previous swap, in November, brought back 31 Ukrainian soldiers. "
_BREAKDOWNS = [
    "Of the 140, 120 were soldiers and 20 were civilians, officials said.",
    "Of the 140, 120 were soldiers, including 12 marines, and 20 were civilians.",
]


def _counts(exchange: Any) -> set[tuple[str, str, int]]:
    return {(t.receiver.code, t.category.value, t.count.best) for t in exchange.transfers}


@pytest.mark.parametrize("breakdown", _BREAKDOWNS)
def test_news_parts_go_with_the_whole_they_split(news: News, breakdown: str) -> None:
    """Both parts are Friday's, beside the whole; the earlier swap keeps its own 31."""
    result = news(_WHOLE + _ASIDE + breakdown, published="2024-01-06", breakdowns="both")
    (friday,) = [e for e in result.exchanges if ("UKR", "other", 140) in _counts(e)]
    assert {("UKR", "prisoners_of_war", 120), ("UKR", "civilians", 20)} <= _counts(friday)
    assert not any(count == 31 for *_, count in _counts(friday))
    (november,) = [e for e in result.exchanges if e is not friday]
    assert _counts(november) == {("UKR", "prisoners_of_war", 31)}
    assert not any(count.best == 12 for *_, count in result.legs())


@pytest.mark.parametrize("breakdown", _BREAKDOWNS)
def test_news_only_the_whole_when_wholes_are_asked_for(news: News, breakdown: str) -> None:
    """By default the parts are the whole's people again: the 140 alone is recorded."""
    legs = news(_WHOLE + _ASIDE + breakdown, published="2024-01-06").legs()
    assert ("RUS", "UKR", "other", Count.parse("140")) in legs
    assert not any(count.best in (120, 20, 12) for *_, count in legs)


def test_news_a_lone_subset_after_the_whole_is_not_read(news: News) -> None:
    """Near miss: "Of the 140, 12 were marines" names a subset only, no partition."""
    text = _WHOLE + "Of the 140, 12 were marines, officials said."
    legs = news(text, published="2024-01-06", breakdowns="both").legs()
    assert ("RUS", "UKR", "other", Count.parse("140")) in legs
    assert not any(count.best == 12 for *_, count in legs)
