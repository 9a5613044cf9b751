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
        "Seven civilians were killed and 31 wounded in Russian shelling of Kharkiv, the "
        "mayor said.",
        "Three civilians were killed and more than 40 injured in Russian shelling of a market "
        "in Zaporizhzhia, officials said.",
    ],
)
def test_news_elided_second_figure_of_one_attack_makes_no_claim(
    news: News, found: Found, text: str
) -> None:
    """Neither figure of the attack is a claim of losses; the next sentence's count is."""
    text += " The UN says 12,000 Ukrainian civilians have been killed since 2022."
    assert found(news(text)) == {("UKR", "killed", Count.exact(12_000))}


def test_news_elided_figure_over_a_span_keeps_its_own_kind(news: News, found: Found) -> None:
    """The shared verb gives the tense ("have been"), the figure's own word its kind."""
    text = "Since 2022, 9,000 civilians have been killed and 21,000 injured in Russian attacks."
    assert found(news(text)) == {
        ("UKR", "killed", Count.exact(9_000)),
        ("UKR", "wounded", Count.exact(21_000)),
    }


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
