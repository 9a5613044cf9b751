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


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    total=st.integers(min_value=100_000, max_value=1_500_000),
    day=st.integers(min_value=100, max_value=1_900),
    mark=st.sampled_from([" \u2014 ", " - ", ": "]),
    hedge=st.sampled_from(["", "about ", "around "]),
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
)
def test_news_a_personnel_lines_bracketed_increase_is_the_same_sides_days_losses(
    news: News,
    found: Found,
    total: int,
    day: int,
    mark: str,
    hedge: str,
    side: tuple[str, str],
) -> None:
    """ "personnel - about 1,000,340 (+1,140)": the bracketed "+N" is the past day's losses
    of the side the heading names; the equipment lines' increases stay unread."""
    adjective, code = side
    text = (
        f"Estimated combat losses of the {adjective} forces, to 3 March 2025\n\n"
        f"Personnel{mark}{hedge}{total:,} (+{day:,}) persons\nTanks{mark}9,120 (+7)\n"
    )
    got = found(news(text))
    assert (code, "total_losses", Count.exact(day)) in got
    assert all(count not in (Count.exact(9_120), Count.exact(7)) for _, _, count in got)


def test_news_a_bracketed_increase_outside_a_personnel_line_stays_unread(
    news: News, found: Found
) -> None:
    """Near misses: an equipment line's increase, and a signed change in running prose."""
    for text in (
        "Estimated combat losses of the Russian forces, to 3 March 2025\n\n"
        "Artillery systems - 21,300 (+45)\n",
        "Ukraine's General Staff said Russian losses stood at 812,000 (+1,250) soldiers, "
        "a figure it has raised each morning.",
    ):
        assert all(
            count != Count.exact(1_250) and count != Count.exact(45)
            for _, _, count in found(news(text))
        )
