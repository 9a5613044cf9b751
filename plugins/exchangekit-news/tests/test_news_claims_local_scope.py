"""A named sector's share of a front's losses is no side's claim; the whole stays."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count


def test_news_a_named_sector_s_share_of_a_weekly_loss_is_no_claim(news: Callable[..., Any]) -> None:
    text = (
        "Over the week, the Ukrainian armed forces lost over 7,400 servicemen, the Russian "
        'Defence Ministry said. In the area of responsibility of the "Centre" group of '
        'forces, the enemy lost over 2,050 servicemen; in the "East" zone, over 1,210.'
    )
    counts = news(text).claim_counts()
    assert Count.more_than(7400) in counts
    assert Count.more_than(2050) not in counts
    assert Count.more_than(1210) not in counts


def test_news_a_national_toll_told_by_someone_speaking_in_a_region_stays(
    news: Callable[..., Any],
) -> None:
    text = (
        "Speaking in the Sumy region in March, President Volodymyr Zelensky said 46,000 "
        "Ukrainian soldiers had been killed since the start of the war."
    )
    assert Count.exact(46000) in news(text).claim_counts()


def test_news_a_loss_in_the_combat_zone_stays_a_claim(news: Callable[..., Any]) -> None:
    # near miss: "the combat zone" names no sector
    text = (
        "The Russian Defence Ministry said on Friday that the Ukrainian armed forces had "
        "lost over 7,400 servicemen in the combat zone over the week."
    )
    assert Count.more_than(7400) in news(text).claim_counts()


def test_news_an_unquoted_sector_or_axis_scopes_the_figure_after_it(
    news: Callable[..., Any],
) -> None:
    # a sector named without quotes, or as an "axis", is still a share of a front
    for where in ("in the Kupiansk sector", "on the Kupiansk axis", "on the Southern front"):
        text = f"Kyiv's army command said Moscow's forces lost 380 troops {where} on Sunday."
        assert Count.exact(380) not in news(text).claim_counts(), where


def test_news_a_group_s_zone_told_after_its_noun_scopes_the_figure(
    news: Callable[..., Any],
) -> None:
    # harder forms: the sector noun before "of the ... group", or a group's possessive zone
    for where in ('in the zone of the "Centre" group', 'in the "Centre" group\'s zone'):
        text = f"Moscow's defence ministry said Kyiv lost as many as 270 troops {where} on Sunday."
        assert Count.at_most(270) not in news(text).claim_counts(), where


def test_news_a_side_s_adjective_before_sector_is_no_sector_name(news: Callable[..., Any]) -> None:
    # near miss: "the Russian sector" names a side, not a part of the front
    text = "Ukraine's general staff said Russia lost 380 troops in the Russian sector on Sunday."
    assert Count.exact(380) in news(text).claim_counts()


def test_news_a_sector_named_beside_a_national_total_keeps_the_total(
    news: Callable[..., Any],
) -> None:
    # the sector scopes the part after "including"/"with", never the whole before it
    text = (
        "Kyiv's army command said Moscow's forces lost 1,260 troops over the past day, "
        'among them 310 in the "South" sector.'
    )
    assert Count.exact(1260) in news(text).claim_counts()
    text = (
        "Kyiv said Moscow had lost 990,000 troops since the invasion began, with the "
        "fiercest fighting on the Kupiansk axis."
    )
    assert Count.exact(990000) in news(text).claim_counts()


def test_news_one_unnamed_sector_alone_opening_the_clause_is_a_share(
    news: Callable[..., Any],
) -> None:
    # "In one sector alone": a share of the front's losses, its teller in an aside
    text = (
        "In one direction alone, a battalion commander told reporters on Friday, his men "
        "had killed or wounded more than 1,800 Russian troops over the spring."
    )
    assert Count.more_than(1800) not in news(text).claim_counts()


def test_news_one_sector_alone_told_after_the_whole_leaves_it(news: Callable[..., Any]) -> None:
    # near miss: the sector is a part told after the front's whole, which stays a claim
    text = (
        "Kyiv's army command said Russia had lost more than 1,800 troops killed or wounded "
        "in April, and that one sector alone accounted for half of them."
    )
    assert Count.more_than(1800) in news(text).claim_counts()
