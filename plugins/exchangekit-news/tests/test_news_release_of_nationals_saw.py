"""A release "of" a side's people that "saw" a figure come home: the figure is theirs.

"The largest release of Russians, on 2 May, saw 130 servicemen come back": the subject
names whose people the release freed, so the figure of soldiers with no side of its
own who came home are those people, going home to that side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count


def test_news_biggest_release_of_nationals_saw_soldiers_come_home(
    news: Callable[..., Any],
) -> None:
    read = news("The biggest release of Russians, on 2 May, saw 130 servicemen come home.")
    assert read.dated_ways() == {("2025-05-02", "UKR", "RUS", "130")}


def test_news_return_of_nationals_saw_soldiers_come_back(news: Callable[..., Any]) -> None:
    read = news("The return of Ukrainians on 14 June saw 88 soldiers come back.")
    assert read.dated_ways() == {("2025-06-14", "RUS", "UKR", "88")}


def test_news_release_of_national_prisoners_saw_them_go_home(news: Callable[..., Any]) -> None:
    read = news("A release of Ukrainian prisoners on 14 June saw 70 marines go home.")
    assert read.dated_ways() == {("2025-06-14", "RUS", "UKR", "70")}


def test_news_release_saw_figure_of_its_own_side_keeps_it(news: Callable[..., Any]) -> None:
    """A figure that names its own side keeps it, whatever the release's people."""
    read = news("The release of Ukrainians on 14 June saw 88 Russian soldiers go home too.")
    assert {(s, r) for _, s, r, _ in read.dated_ways()} <= {("UKR", "RUS")}


def test_news_release_of_no_side_saw_soldiers_come_home_is_refused(
    news: Callable[..., Any],
) -> None:
    """With no side named for the people released, whose home it is stays unsaid."""
    read = news("The biggest single release, on 14 June, saw 88 soldiers come home.")
    assert not read.exchanges


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=2, max_value=1500))
def test_news_release_of_nationals_saw_any_figure(news: Callable[..., Any], n: int) -> None:
    read = news(f"The release of Ukrainians on 14 June saw {n:,} soldiers come home.")
    got = {(t.receiver.code, t.count) for e in read.exchanges for t in e.transfers}
    assert got == {("UKR", Count.parse(f"{n:,}"))}
