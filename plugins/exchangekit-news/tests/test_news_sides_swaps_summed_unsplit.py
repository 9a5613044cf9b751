"""A side's plural "exchanges of N" with one figure: per side or both sides is not said."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def moved(read: Any) -> set[tuple[str, str, Count]]:
    """(sender, receiver, count) of every transfer of every exchange read."""
    return {(t.sender.code, t.receiver.code, t.count) for e in read.exchanges for t in e.transfers}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's coordination headquarters said it had held exchanges of 2,450 prisoners "
        "in total since the invasion began.",
        "Kyiv says it has carried out swaps of 1,730 captives since 2022.",
        "The Russian defence ministry said it had conducted exchanges of 860 servicemen in all.",
        "Moscow said it had arranged swaps of about 640 prisoners of war altogether this year.",
    ],
)
def test_news_sides_summed_swaps_of_one_figure_are_refused(news: News, text: str) -> None:
    """Several swaps summed in one figure, split neither per side nor in all: no record."""
    got = news(text)
    assert not got.exchanges
    assert not got.tallies


@pytest.mark.parametrize(
    ("text", "legs"),
    [
        (
            "Russia and Ukraine held exchanges of 60 for 60 in March.",
            {("RUS", "UKR", Count.exact(60)), ("UKR", "RUS", Count.exact(60))},
        ),
        (
            "Kyiv said it had held swaps of 40 for 40 on Friday.",
            {("RUS", "UKR", Count.exact(40)), ("UKR", "RUS", Count.exact(40))},
        ),
    ],
)
def test_news_swaps_of_a_figure_said_to_split_keep_their_reading(
    news: News, text: str, legs: set[tuple[str, str, Count]]
) -> None:
    """ "Swaps of N for N" say the figure goes each way: both legs, as before."""
    assert moved(news(text)) == legs


def test_news_swaps_that_brought_home_a_sides_people_stay_its_tally(news: News) -> None:
    """Whose people the figure counts is said: a tally for the side that got them back."""
    got = news("Kyiv said exchanges had brought home 1,730 Ukrainians since 2022.")
    assert not got.exchanges
    assert {(t.receiver.code, t.count) for t in got.tallies} == {("UKR", Count.exact(1730))}


@pytest.mark.parametrize(
    ("text", "receiver", "count"),
    [
        (
            "Kyiv said it had carried out exchanges of 2,210 Ukrainian soldiers since 2022.",
            "UKR",
            Count.exact(2210),
        ),
        (
            "The Russian defence ministry said it had held swaps of 970 Russian servicemen in all.",
            "RUS",
            Count.exact(970),
        ),
        (
            "Kyiv says it has conducted exchanges of 1,480 of its soldiers since the war began.",
            "UKR",
            Count.exact(1480),
        ),
    ],
)
def test_news_sides_summed_swaps_of_its_own_people_are_its_tally(
    news: News, text: str, receiver: str, count: Count
) -> None:
    """Whose people the summed swaps brought back is said: that side's tally, no one swap."""
    got = news(text)
    assert not got.exchanges
    assert {(t.receiver.code, t.count) for t in got.tallies} == {(receiver, count)}


def test_news_mediators_summed_swaps_stay_a_two_way_tally(news: News) -> None:
    """A go-between's "exchanges of N in total" is still one tally for both sides."""
    got = news(
        "The Qatari foreign ministry said it had by now facilitated exchanges of 1,420 "
        "captives in total between the two countries."
    )
    assert {(t.receiver.code, t.count) for t in got.tallies} == {("RUS+UKR", Count.exact(1420))}
    assert not got.exchanges


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=2101, max_value=90_000),
    side=st.sampled_from(["Kyiv", "Moscow", "Ukraine", "Russia"]),
    noun=st.sampled_from(["exchanges", "swaps"]),
    tail=st.sampled_from(["in total", "in all", "since 2022", "so far"]),
)
def test_news_any_sides_summed_swaps_move_no_one(
    news: News, n: int, side: str, noun: str, tail: str
) -> None:
    """Whatever the side, figure or closing words, a summed "swaps of N" moves no one."""
    got = news(f"{side} said it had carried out {noun} of {n:,} prisoners {tail}.")
    assert Count.exact(n) not in {c for _, _, c in moved(got)}
