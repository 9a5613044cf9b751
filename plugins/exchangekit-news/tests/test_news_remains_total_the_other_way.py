"""A figure "in the other direction" after a total over a span: the total the other way.

"Across three handovers in early May, Kyiv took back 3,400 bodies. In the opposite
direction, 47 were returned to Russia": the way set before the clause points back at
the total just told, so the figure sums the same handovers the other way and covers
the same span. A figure with its own day, or after a single handover, stays a transfer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 10, 30)
_TOTAL = "Across three handovers between 5 and 9 May, Kyiv took back 3,400 bodies. "


def _tallies(result: Any) -> dict[tuple[str, str, Count], tuple[str, str]]:
    return {
        (t.sender.code, t.receiver.code, t.count): (str(t.as_of), str(t.covers))
        for t in result.tallies
    }


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(10, 400),
    way=st.sampled_from(
        ["In the other direction, ", "In the opposite direction, ", "The other way, "]
    ),
    clause=st.sampled_from(
        [
            "{n} bodies were handed back to Russia.",
            "Moscow got back the remains of {n} soldiers.",
            "the remains of {n} Russian servicemen were returned.",
        ]
    ),
)
def test_news_the_other_way_of_a_total_is_a_total_over_its_span(
    news: News, n: int, way: str, clause: str
) -> None:
    text = _TOTAL + way + clause.format(n=f"{n:,}")
    result = news(text, published=_PUBLISHED)
    tallies = _tallies(result)
    assert tallies[("UKR", "RUS", Count.exact(n))] == tallies[("RUS", "UKR", Count.exact(3400))]
    assert not result.ways()


def test_news_the_other_way_with_its_own_day_stays_a_transfer(news: News) -> None:
    text = _TOTAL + "In the opposite direction, 47 bodies were returned to Russia on 9 May."
    result = news(text, published=_PUBLISHED)
    assert ("UKR", "RUS", Count.exact(47)) in result.ways()
    assert ("UKR", "RUS", Count.exact(47)) not in _tallies(result)


def test_news_the_other_way_of_one_handover_stays_a_transfer(news: News) -> None:
    text = "On 9 May Kyiv took back 1,212 bodies. In the other direction, 27 went to Russia."
    result = news(text, published=_PUBLISHED)
    assert {("RUS", "UKR", Count.exact(1212)), ("UKR", "RUS", Count.exact(27))} <= result.ways()
    assert not _tallies(result)
