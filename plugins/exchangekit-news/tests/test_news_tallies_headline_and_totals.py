"""A headline giving the body's total tersely, and "the totals" of both sides (issue 8).

"Kyiv gets back 640 bodies" over a body telling 640 came back over several days in
March: the headline restates the body's sum, so it is that total, not a handover of
its own. "That takes the totals to 900 on each side" after a swap's stages is one
running total per side, as "the total" is; "the swap totals 500" is a verb, no head.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 3, 20)


def test_news_a_headline_restating_the_bodys_total_is_no_handover(news: News) -> None:
    result = news(
        "Kyiv gets back 640 bodies\n\nBetween 10 and 14 March, Kyiv got back 640 bodies of "
        "fallen soldiers, the coordination headquarters said.",
        published=_DAY,
    )
    assert result.exchanges == []
    assert result.tally_keys() == {("RUS", "UKR", Count.exact(640))}


def test_news_a_headline_with_another_figure_keeps_its_own(news: News) -> None:
    """Near miss: a headline figure the body's total does not repeat is not that total."""
    result = news(
        "Kyiv gets back 95 bodies\n\nOn 19 March, Kyiv got back 95 bodies of fallen soldiers. "
        "Between 10 and 14 March, Kyiv got back 640 bodies, the headquarters said.",
        published=_DAY,
    )
    assert Count.exact(95) in result.moved_counts()


def test_news_the_totals_on_each_side_after_stages(news: News) -> None:
    result = news(
        "On Monday, 300 prisoners were freed by each side. On Tuesday, the sides swapped 600 "
        "for 600. That takes the totals to 900 on each side, the negotiators said.",
        published=date(2025, 3, 19),
    )
    assert {t.count for t in result.tallies} == {Count.exact(900)}
    assert {(t.sender.code, t.receiver.code) for t in result.tallies} == {
        ("RUS", "UKR"),
        ("UKR", "RUS"),
    }


def test_news_totals_as_a_verb_is_no_running_total(news: News) -> None:
    """Near miss: "the swap totals 500" sizes the swap, never a running total."""
    result = news(
        "On 19 March Russia and Ukraine held a swap that totals 500 prisoners, 250 each way.",
        published=_DAY,
    )
    assert result.tallies == []
