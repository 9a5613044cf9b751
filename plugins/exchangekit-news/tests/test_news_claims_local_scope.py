"""A named sector's share of a front's losses is no side's claim; the whole stays."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count


def _counts(news: Callable[..., Any], found: Callable[..., Any], text: str) -> set[Count]:
    return {c for _, _, c in found(news(text))}


def test_news_a_named_sector_s_share_of_a_weekly_loss_is_no_claim(
    news: Callable[..., Any], found: Callable[..., Any]
) -> None:
    text = (
        "Over the week, the Ukrainian armed forces lost over 7,400 servicemen, the Russian "
        'Defence Ministry said. In the area of responsibility of the "Centre" group of '
        'forces, the enemy lost over 2,050 servicemen; in the "East" zone, over 1,210.'
    )
    counts = _counts(news, found, text)
    assert Count.more_than(7400) in counts
    assert Count.more_than(2050) not in counts
    assert Count.more_than(1210) not in counts


def test_news_a_national_toll_told_by_someone_speaking_in_a_region_stays(
    news: Callable[..., Any], found: Callable[..., Any]
) -> None:
    text = (
        "Speaking in the Sumy region in March, President Volodymyr Zelensky said 46,000 "
        "Ukrainian soldiers had been killed since the start of the war."
    )
    assert Count.exact(46000) in _counts(news, found, text)


def test_news_a_loss_in_the_combat_zone_stays_a_claim(
    news: Callable[..., Any], found: Callable[..., Any]
) -> None:
    # near miss: "the combat zone" names no sector
    text = (
        "The Russian Defence Ministry said on Friday that the Ukrainian armed forces had "
        "lost over 7,400 servicemen in the combat zone over the week."
    )
    assert Count.more_than(7400) in _counts(news, found, text)
