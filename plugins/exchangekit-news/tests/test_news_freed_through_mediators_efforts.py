"""People "freed through its efforts" (or mediation) in the perfect: a go-between's two-way sum."""

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
        (
            "Russia's defence ministry said 84 Russian soldiers had been returned. Qatar said "
            "that 2,410 people have now been freed through its mediation since 2022.",
            Count.exact(2410),
        ),
        (
            "Ukraine's ombudsman said 84 Ukrainian soldiers had come home. In a statement, "
            "Türkiye said 1,630 captives had been released through its efforts since the "
            "start of the war.",
            Count.exact(1630),
        ),
        (
            "The UAE said the swap was its ninth and that, in total, 3,075 people had been "
            "freed through its efforts since the war began.",
            Count.exact(3075),
        ),
    ],
)
def test_news_people_freed_through_a_mediators_work_are_a_two_way_tally(
    news: News, text: str, count: Count
) -> None:
    """Not the side last heard, nor the side every handover went to: both sides together."""
    got = news(text)
    assert (None, "RUS+UKR", count) in got.tally_keys()
    assert all(c != count for _, r, c in got.tally_keys() if r != "RUS+UKR")
    assert count not in got.moved_counts()


def test_news_people_freed_through_a_mediation_on_a_day_go_to_no_one_side(news: News) -> None:
    """One day's people freed through a mediation went both ways: no handover is guessed."""
    got = news(
        "Russia's defence ministry said 84 Russian soldiers had been returned. Qatar said "
        "2,410 people had been freed through its mediation on Friday."
    )
    assert Count.exact(2410) not in got.moved_counts()
    assert all(c != Count.exact(2410) for _, _, c in got.tally_keys())


def test_news_a_sides_people_freed_through_a_mediators_efforts_keep_their_side(
    news: News,
) -> None:
    """Named as one side's people, they came home to that side, as before."""
    got = news("The UAE said 146 Ukrainians had been freed through its efforts on Friday.")
    assert {(e.transfers[0].receiver.code, e.transfers[0].count) for e in got.exchanges} == {
        ("UKR", Count.exact(146))
    }
    assert not got.tallies


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=2_200, max_value=9_999),
    side=st.sampled_from(["Russian", "Ukrainian"]),
    work=st.sampled_from(["efforts", "mediation"]),
)
def test_news_a_mediators_freed_total_never_goes_to_the_side_last_heard(
    news: News, n: int, side: str, work: str
) -> None:
    """Whichever side spoke last, the mediator's sum is the joint tally only."""
    text = (
        f"The {side} side said 90 of its soldiers were back. The UAE said {n:,} people "
        f"have now been freed through its {work} since 2022."
    )
    got = news(text)
    assert [c for _, r, c in got.tally_keys() if c == Count.exact(n)] == [Count.exact(n)]
    assert (None, "RUS+UKR", Count.exact(n)) in got.tally_keys()
    assert Count.exact(n) not in got.moved_counts()
