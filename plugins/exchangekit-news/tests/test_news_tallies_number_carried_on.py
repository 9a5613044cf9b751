"""A bare "the number freed" carried on from the sentence before, and a total still to come.

"Kyiv got 120 soldiers back. That takes the number released since the invasion to 4,210":
the bare head counts the people the sentence before sent home, and its "to" links the figure
(it is no hedge as in "close to"), past an aside of saying. "would bring the number ... to"
is a level not yet reached: no running total at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

News = Callable[..., Any]

_SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_BEFORE = "Kyiv got 120 of its soldiers back from Russia on Tuesday. "


def _tallies(result: Any) -> list[tuple[str, str, PersonCategory, Count]]:
    return [(t.sender.code, t.receiver.code, t.category, t.count) for t in result.tallies]


def test_news_the_number_freed_carries_on_the_side_told_before(news: News) -> None:
    result = news(_BEFORE + "That takes the number released since the invasion to 4,210.")
    assert _tallies(result) == [("RUS", "UKR", PersonCategory.OTHER, Count.exact(4210))]
    assert result.moved_count_list() == [Count.exact(120)]  # the total is no handover


def test_news_the_number_freed_past_an_aside_of_saying(news: News) -> None:
    """The harder form: the link "to" stands after ", the office said on Wednesday,"."""
    result = news(
        _BEFORE + "That raises the number freed since the war began, the ombudsman's office "
        "said on Wednesday, to 4,210."
    )
    assert _tallies(result) == [("RUS", "UKR", PersonCategory.OTHER, Count.exact(4210))]
    assert Count.exact(4210) not in result.moved_count_list()


def test_news_the_number_freed_after_both_ways_names_no_side(news: News) -> None:
    """Near miss: the sentence before freed people both ways, so the side is unread."""
    result = news(
        "Russia and Ukraine each freed 120 prisoners on Tuesday. That takes the number "
        "released since the invasion to 4,210."
    )
    assert result.tallies == []
    assert Count.exact(4210) not in result.moved_count_list()


def test_news_close_to_is_still_a_hedge(news: News) -> None:
    result = news(_BEFORE + "The number freed since 2022 has grown to close to 4,300.")
    ((sender, receiver, _, count),) = _tallies(result)
    assert (sender, receiver) == ("RUS", "UKR")
    assert count == Count.parse("close to 4,300")


@_SETTINGS
@given(
    n=st.integers(min_value=200, max_value=99_999),
    modal=st.sampled_from(["would", "could", "will", "is expected to", "is set to"]),
    verb=st.sampled_from(["bring", "take", "raise"]),
    head=st.sampled_from(["the number freed", "the number of Ukrainians freed"]),
)
def test_news_a_total_still_to_come_is_no_tally(
    news: News, n: int, modal: str, verb: str, head: str
) -> None:
    """ "The next swap would bring the number freed to N": a plan, neither tally nor swap."""
    result = news(_BEFORE + f"The next swap {modal} {verb} {head} since the invasion to {n:,}.")
    assert result.tallies == []
    assert Count.exact(n) not in result.moved_count_list()
