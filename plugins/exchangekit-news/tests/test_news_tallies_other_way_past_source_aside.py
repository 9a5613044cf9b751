"""The other way of a running total, past a source aside: "while, according to X, N went back".

"During June, ..., the bodies of more than 4,500 soldiers were returned to Ukraine, ...,
while, by the count of the Russian defence ministry, the bodies of 52 servicemen were
transferred to Russia": the aside only says whose figure it is, so the contrast before it
still makes the figure the same span's total the other way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count, PersonCategory

News = Callable[..., Any]
_DAY = date(2026, 7, 9)

_TOTAL = (
    "During June, in six handovers, the bodies of more than 4,500 soldiers were returned to"
    " Ukraine, according to Kyiv, while, by the count of the Russian defence ministry, the"
    " bodies of 52 servicemen {}."
)


def test_news_the_other_way_past_a_source_aside_is_a_total_too(news: News) -> None:
    result = news(_TOTAL.format("were transferred to Russia"), published=_DAY)
    assert result.exchanges == []
    rows = {(t.receiver.code, t.category, t.count, str(t.covers)) for t in result.tallies}
    assert ("RUS", PersonCategory.REMAINS, Count.exact(52), "2026-06-01/2026-06-30") in rows


def test_news_a_figure_past_a_source_aside_with_no_handover_is_no_total(news: News) -> None:
    """Near miss: the 52 still await identification: nothing went the other way."""
    result = news(_TOTAL.format("still await identification in Rostov"), published=_DAY)
    assert all(t.count != Count.exact(52) for t in result.tallies)
