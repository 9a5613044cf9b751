"""A breakdown set off by spaced hyphens after the whole's noun: "212 Ukrainians - 190 ...".

Plain text types a dash as a hyphen with a space on each side, so "212 Ukrainians -
190 soldiers and 22 civilians - were brought home" spells out the whole exactly as an
em dash does: the parts went the whole's way, and by default only the whole is
recorded. So with a figure each side freed ("each side freed 310 people - 260
soldiers and 50 civilians"): the parts go both ways with it, none one way only. A
spaced hyphen before a clause with a verb of its own opens no breakdown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("On Tuesday 212 Ukrainians - 190 soldiers and 22 civilians - were brought home.", "212"),
        # harder: the whole's own verb is passive with a date first, and the other way follows
        (
            "On 3 September, 96 Ukrainians - 71 civilians and 25 military personnel - were "
            "freed, and the same number of people went back to Russia.",
            "96",
        ),
        # harder: the parts named in the other order, a source at the end
        (
            "In the first stage 410 Ukrainians - 300 soldiers and 110 civilians - returned "
            "home, the ombudsman said.",
            "410",
        ),
    ],
)
def test_news_parts_between_spaced_hyphens_leave_only_the_whole(
    news: News, text: str, whole: str
) -> None:
    legs = news(text).legs()
    to_ukraine = {leg for leg in legs if leg[:2] == ("RUS", "UKR")}
    assert {leg[3] for leg in to_ukraine} == {Count.parse(whole)}


def test_news_parts_between_spaced_hyphens_go_the_wholes_way(news: News) -> None:
    legs = news(
        "On Tuesday 212 Ukrainians - 190 soldiers and 22 civilians - were brought home.",
        breakdowns="both",
    ).legs()
    assert ("RUS", "UKR", "civilians", Count.parse("22")) in legs
    assert all(receiver == "UKR" for _, receiver, _, _ in legs)


def test_news_a_spaced_hyphen_before_a_clause_of_its_own_keeps_its_verb(news: News) -> None:
    # near miss: after the hyphen a new clause with its own verb sends people the other way
    legs = news("On Tuesday 212 Ukrainians were brought home - 60 Russians were sent back.").legs()
    assert ("UKR", "RUS", "other", Count.parse("60")) in legs
    assert ("RUS", "UKR", "other", Count.parse("212")) in legs


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    soldiers=st.integers(min_value=2100, max_value=9000)
    | st.integers(min_value=10, max_value=1799),
    civilians=st.integers(min_value=2, max_value=99),
)
def test_news_a_hyphen_spelled_breakdown_never_adds_a_leg(
    news: News, soldiers: int, civilians: int
) -> None:
    whole = soldiers + civilians
    legs = news(
        f"On Tuesday {whole:,} Ukrainians - {soldiers:,} soldiers and {civilians} "
        "civilians - were brought home."
    ).legs()
    assert legs == {("RUS", "UKR", "other", Count.parse(f"{whole:,}"))}


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "In the exchange on 14 March, the two sides each freed 310 people - 260 soldiers "
            "and 50 civilians.",
            "310",
        ),
        (
            "On 14 March, the two sides each handed over 200 people - 150 prisoners of war and "
            "50 civilians.",
            "200",
        ),
        (
            "Moscow and Kyiv each released 120 people on 14 March - 100 soldiers and 20 civilians.",
            "120",
        ),
    ],
)
def test_news_parts_after_a_spaced_hyphen_of_each_sides_figure_add_no_one_way_leg(
    news: News, text: str, whole: str
) -> None:
    count = Count.parse(whole)
    assert news(text).legs() == {("UKR", "RUS", "other", count), ("RUS", "UKR", "other", count)}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    soldiers=st.integers(min_value=30, max_value=900),
    civilians=st.integers(min_value=2, max_value=29),
)
def test_news_no_part_after_a_spaced_hyphen_goes_one_way(
    news: News, soldiers: int, civilians: int
) -> None:
    whole = soldiers + civilians
    text = (
        f"On 14 March, the two sides each freed {whole:,} people - {soldiers:,} soldiers and "
        f"{civilians} civilians."
    )
    assert {leg[3] for leg in news(text).legs()} == {Count.parse(f"{whole:,}")}


def test_news_a_spaced_hyphen_before_no_figure_keeps_each_sides_whole(news: News) -> None:
    text = "On 14 March, the two sides each freed 310 people - the largest swap of the year."
    count = Count.parse("310")
    assert news(text).legs() == {("UKR", "RUS", "other", count), ("RUS", "UKR", "other", count)}
