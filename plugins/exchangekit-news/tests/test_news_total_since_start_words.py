""" ", and the total since <start> is N" restates a running total only with a bare start.

"Kyiv got back 9,800 bodies in 2024, and the total since the invasion began is 15,200": the
words between "since" and "is" only name the start. "the total since the invasion of
Ukrainians killed is 70,000" counts other people (the dead), not the bodies handed back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_a_toll_of_the_dead_is_no_tally_of_bodies(news: Callable[..., Any]) -> None:
    result = news(
        "Kyiv got back 9,800 bodies in 2024, and the total since the invasion of Ukrainians "
        "killed is now 70,000."
    )
    assert all(t.count.best != 70_000 for t in result.tallies)
    assert len(result.tallies) == 1  # the year's 9,800 is still read


def test_missing_people_after_the_start_are_no_tally(news: Callable[..., Any]) -> None:
    """Harder: the people word follows the war's opening verb."""
    result = news(
        "Moscow recovered 400 bodies in 2025, and the total since the war began of soldiers "
        "missing is now 12,000."
    )
    assert all(t.count.best != 12_000 for t in result.tallies)
    assert len(result.tallies) == 1


def test_near_miss_the_start_s_own_words_keep_the_tally(news: Callable[..., Any]) -> None:
    result = news(
        "Kyiv got back 9,800 bodies in 2024, and the total since Russia's full-scale "
        "invasion of Ukraine is now 15,200."
    )
    spans = {t.count.best: str(t.covers) for t in result.tallies}
    assert spans[15_200].startswith("2022-02-24/")
