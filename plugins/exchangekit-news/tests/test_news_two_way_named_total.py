"""A running total named "two-way" is both sides' joint tally: "puts the two-way total at 3,412".

The adjective says the count takes in the people moved in both directions together, so
the figure is no one side's homecomings; it is read as the tally of the two sides
together (no sender), as a mediator's count "in both directions" is.
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
    ("text", "count"),
    [
        ("Qatar puts the two-way total since 2022 at 3,412.", Count.exact(3412)),
        (
            "The two-way tally since the invasion now stands at 2,950, Turkish officials say.",
            Count.exact(2950),
        ),
        (
            "Turkey's foreign ministry said its two-way running total since 2022 had "
            "risen to 1,208.",
            Count.exact(1208),
        ),
    ],
)
def test_news_two_way_total_is_the_joint_tally(news: News, text: str, count: Count) -> None:
    """The total is the two sides' together, with no sender and no one-side reading."""
    assert news(text).tally_keys() == {(None, "RUS+UKR", count)}


@pytest.mark.parametrize(
    "text",
    [
        "Qatar puts the two-way total of the swaps it has helped arrange at 2,310.",
        "Ankara, which brokered three exchanges in March, puts the two-way total of all "
        "exchanges it has mediated at 2,310.",
        "The Vatican puts the two-way running total of its exchanges at 2,310.",
    ],
)
def test_news_two_way_total_of_exchanges_put_at(news: News, text: str) -> None:
    """The total of a go-between's exchanges, put at a figure, is the joint tally since
    the war began: a date in an aside on the teller is the teller's story, not its day."""
    (tally,) = news(text).tallies
    assert (tally.sender, tally.receiver.code, tally.count) == (None, "RUS+UKR", Count.exact(2310))
    assert str(tally.covers).startswith("2022-02-24/")


def test_news_total_of_exchanges_without_two_way_is_refused(news: News) -> None:
    """Near miss: with no "two-way", whose people the exchanges' total counts is not told."""
    assert not news("Qatar puts the total of the swaps it has helped arrange at 2,310.").tallies


def test_news_total_without_two_way_stays_one_sides(news: News) -> None:
    """Near miss: a side's own total keeps its receiver; nothing makes it two-way."""
    keys = news("Ukraine's ombudsman puts the total since 2022 at 3,412.").tally_keys()
    assert keys == {("RUS", "UKR", Count.exact(3412))}


def test_news_two_way_swap_is_no_total(news: News) -> None:
    """Near miss: "two-way" on a swap, not on a total, makes no tally."""
    assert not news("A two-way swap of 95 for 95 took place on Friday.").tallies


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=2101, max_value=99_999))
def test_news_two_way_total_reads_any_count(news: News, n: int) -> None:
    """Whatever the figure, the two-way total is one joint tally of that count."""
    keys = news(f"Qatar puts the two-way total since 2022 at {n:,}.").tally_keys()
    assert keys == {(None, "RUS+UKR", Count.exact(n))}
