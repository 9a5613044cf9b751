"""A figure after "and" with a verb of coming home of its own is that verb's, one way.

"In Friday's swap, brokered again by the Emirates, 70 soldiers were freed on each
side and 12 civilians went home to Ukraine": the 12 have their own verb ("went
home to Ukraine") and go one way; "freed on each side" before "and" is the 70's,
so it does not send the 12 both ways. A figure listed with no verb of its own
("70 soldiers and 12 civilians were freed on each side") still shares the first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "KYIV — Russia and Ukraine traded prisoners again on Friday: 70 soldiers were "
        "freed on each side and 12 civilians went home to Ukraine, the ombudsman said.",
        "KYIV — In Friday's swap, brokered once more by the Emirates, 70 soldiers were "
        "released by each side and 12 civilians came back to Ukraine.",
        # no side named after "came home": the story's home, one way, as for any homecoming
        "KYIV — Seventy soldiers, the ombudsman said, were freed on each side and 12 "
        "civilians came home on Friday.",
    ],
)
def test_news_part_with_its_own_homecoming_goes_one_way(news: News, text: str) -> None:
    ways = news(text, published=THURSDAY).ways()
    assert ("UKR", "RUS", Count.exact(12)) not in ways
    assert ("RUS", "UKR", Count.exact(12)) in ways
    assert {("RUS", "UKR", Count.exact(70)), ("UKR", "RUS", Count.exact(70))} <= ways


def test_news_part_listed_without_a_verb_shares_both_ways(news: News) -> None:
    # near-miss: the 12 have no verb of their own and are freed on each side as the 70 are
    text = (
        "KYIV — Russia and Ukraine traded prisoners again on Friday: 70 soldiers and "
        "12 civilians were freed on each side, the ombudsman said."
    )
    ways = news(text, published=THURSDAY).ways()
    assert {("UKR", "RUS", Count.exact(12)), ("RUS", "UKR", Count.exact(12))} <= ways
