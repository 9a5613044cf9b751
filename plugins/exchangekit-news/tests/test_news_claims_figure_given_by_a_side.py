"""A figure "given by" a side's ministry tells that side's own losses, as if it said them.

"The earlier figure given by the Russian Defence Ministry, in April, was 2,040 soldiers
killed and 4,100 wounded": the ministry gives the figure the head names, so, as when it
says soldiers of no stated side were killed, it counts its own side's dead and wounded,
even right after a sentence on the other side's losses. Soldiers with a side of their own,
or the enemy's, keep that side or stay no claim of the giver's side.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2023, 10, 5)
_BEFORE = (
    "According to the ministry, Ukraine had lost 70,500 killed and 52,000 wounded by the end "
    "of September, the minister told reporters. "
)


def test_figure_given_by_a_ministry_counts_its_own_side(news: News, found: Found) -> None:
    got = found(
        news(
            _BEFORE + "The earlier figure given by the Russian Defence Ministry, in April, was "
            "2,040 soldiers killed and 4,100 wounded.",
            published=_PUBLISHED,
        )
    )
    assert ("RUS", "killed", Count.parse("2,040")) in got
    assert ("RUS", "wounded", Count.parse("4,100")) in got
    assert not {
        c for c in got if c[0] == "UKR" and c[2] in (Count.parse("2,040"), Count.parse("4,100"))
    }


def test_near_miss_soldiers_of_a_named_side_keep_it(news: News, found: Found) -> None:
    got = found(
        news(
            "The figure given by the Russian Defence Ministry, on Monday, was 640 Ukrainian "
            "soldiers killed.",
            published=_PUBLISHED,
        )
    )
    assert got == {("UKR", "killed", Count.parse("640"))}


def test_near_miss_enemy_soldiers_are_not_the_giver_s(news: News, found: Found) -> None:
    got = found(
        news(
            "The figure given by the Russian Defence Ministry was 1,200 enemy soldiers killed.",
            published=_PUBLISHED,
        )
    )
    assert not any(c[0] == "RUS" for c in got)
