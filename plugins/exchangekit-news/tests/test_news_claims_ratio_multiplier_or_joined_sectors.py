"""Figures that count no one, and tolls told of two named sectors or of either of two fates.

"The wounded outnumber the dead by three to one" and "the true toll is one and a half
times higher" hold figures that scale or compare counts told elsewhere: neither is a
claim. A day's briefing that gives losses "in the Pokrovsk and Lyman directions" tells
two sectors' share, as one named direction does. "Have been killed or are missing"
tells one count of either fate, as "killed or missing" does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "ratio",
    ["two or three to one", "about three to one", "roughly 3 to 1", "four to one"],
)
def test_news_ratio_to_one_is_no_claim(news: News, found: Found, ratio: str) -> None:
    """A ratio "N to one" names no ratio word, yet counts no one."""
    text = (
        "Russia's losses are far heavier than Ukraine's, the study found. In every "
        f"series it examined, wounded soldiers outnumber the dead by {ratio} at the front."
    )
    got = found(news(text))
    assert all(count.high is None or count.high > 10 for _, _, count in got), got


def test_news_range_to_a_figure_stays_a_claim(news: News, found: Found) -> None:
    """Near miss: a range rising to its top ("300 to 400") is a count."""
    got = found(news("Kyiv said that Russia had lost 300 to 400 soldiers near the town."))
    assert ("RUS", "total_losses", Count.parse("300-400")) in got


@pytest.mark.parametrize(
    "scale", ["at least one and a half times higher", "three times higher", "two times as high"]
)
def test_news_multiplier_is_no_claim(news: News, found: Found, scale: str) -> None:
    """ "N times higher" scales the count told before it; only that count is read."""
    text = (
        "The volunteers have named 52,300 Russian soldiers killed in the war, they said "
        f'on Friday. They believe the real number of dead is "{scale}".'
    )
    got = found(news(text))
    assert ("RUS", "killed", Count.exact(52_300)) in got
    assert all(count.low >= 1_000 for _, _, count in got), got


@pytest.mark.parametrize(
    "sectors",
    ["the Pokrovsk and Lyman directions", "the Kupiansk and Siversk sectors"],
)
def test_news_two_named_sectors_are_a_share(news: News, found: Found, sectors: str) -> None:
    """A day's losses in two named sectors are their share, never a side's claim."""
    text = (
        "The Russian Defence Ministry said that over the past day the Ukrainian army lost "
        f"more than 240 servicemen in {sectors}."
    )
    assert found(news(text)) == set()


def test_news_day_losses_without_sectors_stay_a_claim(news: News, found: Found) -> None:
    """Near miss: the same day's figure told of the whole front is read."""
    text = (
        "The Russian Defence Ministry said that over the past day the Ukrainian army lost "
        "more than 240 servicemen."
    )
    assert ("UKR", "total_losses", Count.parse("more than 240")) in found(news(text))


@pytest.mark.parametrize(
    "fates",
    ["have been killed or are missing", "were killed or went missing", "are dead or missing"],
)
def test_news_killed_or_gone_missing_is_one_count(news: News, found: Found, fates: str) -> None:
    """Two fates, each with its own verb, make one count of killed or missing."""
    text = f"The analysts estimate that about 64,000 Ukrainian soldiers {fates}."
    got = found(news(text))
    assert ("UKR", "killed_or_missing", Count.parse("about 64,000")) in got
    assert all(category != "killed" for _, category, _ in got)


def test_news_killed_or_wounded_stays_total_losses(news: News, found: Found) -> None:
    """Near miss: "killed or wounded" is the whole of the losses, not the missing."""
    text = "The analysts estimate that about 64,000 Ukrainian soldiers have been killed or wounded."
    assert ("UKR", "total_losses", Count.parse("about 64,000")) in found(news(text))
