"""The personnel line of a published table of losses: "personnel — about 1,000,340 (+1,140)".

Daily loss bulletins are reproduced as a heading ("Combat losses of the Russian
invaders", "The total combat losses of the enemy ... were approximately:") and one
line per kind of loss, people first. The personnel line is the side's total losses so
far; the side is the one the heading names, or the enemy of the statement's author.
Equipment lines, a heading over one span ("over the past week") and an "enemy" with
no author to be the enemy of are not read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    total=st.integers(min_value=100_000, max_value=1_500_000),
    day=st.integers(min_value=100, max_value=1_900),
    mark=st.sampled_from([" \u2014 ", " - ", ": "]),
    tail=st.sampled_from([" persons", "", " over the past day"]),
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
)
def test_news_a_personnel_line_under_a_sided_heading_is_that_sides_total(
    news: News, found: Found, total: int, day: int, mark: str, tail: str, side: tuple[str, str]
) -> None:
    """Whatever the mark and the tail, the line gives the named side's losses so far."""
    adjective, code = side
    text = (
        f"Estimated combat losses of the {adjective} forces, to 3 March 2025\n\n"
        f"Personnel{mark}{total:,} (+{day:,}){tail}\nTanks{mark}9,120 (+4)\n"
    )
    got = found(news(text))
    assert (code, "total_losses", Count.exact(total)) in got
    assert all(count != Count.exact(9_120) for _, _, count in got)


def test_news_personnel_line_of_the_enemy_follows_the_author(news: News, found: Found) -> None:
    """The General Staff of one side reproduced: "the enemy" is the other side."""
    text = (
        "Ukraine's General Staff published its morning figures on Tuesday.\n\n"
        "The total combat losses of the enemy from 24.02.22 to 04.03.25 were approximately:\n\n"
        "personnel \u2014 about 876,000 (+1,300) persons\ntanks \u2014 10,200 (+6)\n"
    )
    assert ("RUS", "total_losses", Count.parse("about 876,000")) in found(news(text))


def test_news_personnel_lines_that_are_no_total_stay_unread(news: News, found: Found) -> None:
    """Near misses: a span's table, an enemy of no known author, and no heading of losses."""
    for text in (
        "Russia's defence ministry said the losses of the enemy over the past week were:\n\n"
        "personnel - up to 9,000\ntanks - 12\n",
        "Combat losses of the enemy:\n\npersonnel: 8,500\n",
        "Changes at the embassy this year\n\nPersonnel: 40 people were moved to Lviv.\n",
    ):
        assert found(news(text)) == set(), text
