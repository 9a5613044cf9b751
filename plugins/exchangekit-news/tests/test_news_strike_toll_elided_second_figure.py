"""The second figure of a strike's toll, its noun left out, shares the first figure's reading.

In "six civilians were killed and 14 injured in the Sumy region as a result of shelling"
the 14 are more of the same people, hurt by the same attacks: the toll of one attack is
news of that attack and no side's claim, so neither figure is a claim, and a toll told
over a span ("since March", "have been killed") keeps both figures as claims.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Any]]]


@pytest.mark.parametrize(
    "text",
    [
        "Over the weekend, six civilians were killed and 14 injured in the Sumy region as a "
        "result of Russian shelling, the governor said.",
        "Two residents were killed and 9 wounded in the Kursk region by a Ukrainian drone "
        "strike, the regional administration reported.",
        "Three people were killed and more than 40 injured in the Zaporizhzhia region after "
        "Russian shelling of a market, officials said.",
    ],
)
def test_news_elided_second_figure_of_one_attack_makes_no_claim(news: News, text: str) -> None:
    """Neither the first figure nor the elided one after "and" is a claim of losses."""
    assert news(text).claims == []


def test_news_elided_second_figure_over_a_span_stays_a_claim(news: News, found: Found) -> None:
    """A toll counted since a date is a running count: both of its figures are claims."""
    text = (
        "Since March, 31 civilians have been killed and 118 injured in the Kharkiv region "
        "in Russian shelling, the governor said."
    )
    assert found(news(text)) == {
        ("UKR", "killed", Count.exact(31)),
        ("UKR", "wounded", Count.exact(118)),
    }


@settings(max_examples=25, deadline=None)
@given(
    dead=st.integers(2, 60),
    hurt=st.integers(2, 900),
    region=st.sampled_from(["Belgorod", "Kherson", "Dnipropetrovsk"]),
    cause=st.sampled_from(["as a result of shelling", "in a missile strike", "in drone attacks"]),
)
def test_news_elided_figure_follows_its_head(
    news: News, dead: int, hurt: int, region: str, cause: str
) -> None:
    """Whatever the counts and place, one attack's two figures give no claim at all."""
    toll = f"{dead} civilians were killed and {hurt:,} injured"
    text = f"On Tuesday, {toll} in the {region} region {cause}."
    assert news(text).claims == []
