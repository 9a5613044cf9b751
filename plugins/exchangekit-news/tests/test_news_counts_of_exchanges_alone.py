"""Running totals told only as a number of exchanges, read when ``exchange_counts="alone"``.

"The swap was the 71st of the war", "its sixth mediation", "nine exchanges since
January" say how many exchanges there have been and nothing of how many people: a
tally with no count and its ``exchange_count`` set. By default (``"joined"``) such a
number is only read beside a total of people. Ranks that tell a gap ("the first swap
since January"), a plan ("a third exchange is planned") or something else ("the 58th
brigade", "for the second time") are never such a total.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, ParseError

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)


def _alone(news: News, text: str) -> set[tuple[str | None, str, str, int | None]]:
    """(sender, receiver, category, number of exchanges) of every tally with no count."""
    tallies = news(text, published=THURSDAY, exchange_counts="alone").tallies
    return {
        (
            t.sender.code if t.sender else None,
            t.receiver.code,
            t.category.value,
            t.exchange_count.low if t.exchange_count else None,
        )
        for t in tallies
        if t.count is None
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's own office ranks the exchange: that side's returns, of no one kind
        (
            "According to the Coordination Headquarters, Monday's swap was the 71st of "
            "the full-scale war.",
            ("RUS", "UKR", "other", 71),
        ),
        # harder: the rank spelt out with a hyphen, and owned ("its")
        (
            "Ukraine says this was its seventy-second exchange.",
            ("RUS", "UKR", "other", 72),
        ),
        # a count of exchanges in a perfect, from a start
        (
            "Zelensky said the country had completed nine exchanges since January.",
            ("RUS", "UKR", "other", 9),
        ),
        # a go-between's rank: both sides' prisoners
        (
            "Qatar's foreign ministry said the release was its sixth mediation between "
            "Moscow and Kyiv.",
            (None, "RUS+UKR", "prisoners_of_war", 6),
        ),
        # the dead go one way: the side that got the bodies
        (
            "Kyiv received 800 bodies on Tuesday, the fifth such repatriation this year.",
            ("RUS", "UKR", "remains", 5),
        ),
    ],
)
def test_news_a_number_of_exchanges_alone_is_a_tally_with_no_count(
    news: News, text: str, expected: tuple[str | None, str, str, int]
) -> None:
    assert _alone(news, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a gap, a plan, a unit, a repeat of something else, no total
        "The first swap since January took place on Monday, Kyiv said.",
        "It was the first exchange in two months, Zelensky said.",
        "A third exchange is planned for next month, Zelensky said.",
        "Officials in Kyiv said the fourth swap would take place in December.",
        "The 58th brigade said it had held the line near the river.",
        "Zelensky thanked the returning troops for the second time this week.",
        "In March, two exchanges brought home 75 and 90 soldiers.",
        "The third day of the exchange passed without incident, Kyiv said.",
    ],
)
def test_news_a_rank_of_no_total_gives_no_tally(news: News, text: str) -> None:
    assert _alone(news, text) == set()


def test_news_a_number_of_exchanges_alone_is_not_read_by_default(news: News) -> None:
    text = "According to the Coordination Headquarters, Monday's swap was the 71st of the war."
    assert news(text, published=THURSDAY).tallies == []


def test_news_a_number_of_exchanges_with_people_stays_one_tally(news: News) -> None:
    text = "Kyiv said 4,100 Ukrainians had come home in 71 exchanges since 2022."
    tallies = news(text, published=THURSDAY, exchange_counts="alone").tallies
    assert [(str(t.count), t.exchange_count) for t in tallies] == [("4,100", Count.exact(71))]


def test_news_a_rank_stands_on_the_day_of_the_exchange_it_ranks(news: News) -> None:
    text = (
        "Ukraine and Russia swapped 120 prisoners each on Tuesday. The Coordination "
        "Headquarters said the swap was the 70th since 2022."
    )
    tallies = news(text, published=THURSDAY, exchange_counts="alone").tallies
    assert [(str(t.as_of), t.exchange_count) for t in tallies] == [("2025-10-21", Count.exact(70))]


def test_news_a_rank_with_no_exchange_dated_that_week_stands_when_told(news: News) -> None:
    text = (
        "Ukraine and Russia swapped 120 prisoners each on 2 September. The Coordination "
        "Headquarters said on Thursday that the swap had been the 70th since 2022."
    )
    tallies = news(text, published=THURSDAY, exchange_counts="alone").tallies
    assert [(str(t.as_of), t.exchange_count) for t in tallies] == [("2025-10-23", Count.exact(70))]


def test_news_a_rank_beside_a_total_a_sentence_on_is_joined_to_it(news: News) -> None:
    # the rank and the total of the same side told one after the other: one statement
    text = (
        "The Coordination Headquarters said Tuesday's handover was the 66th of the war. It "
        "said 5,900 Ukrainians had now come home from captivity since 2022."
    )
    tallies = news(text, published=THURSDAY, exchange_counts="alone").tallies
    assert [(str(t.count), t.exchange_count) for t in tallies] == [("5,900", Count.exact(66))]


def test_news_a_number_of_exchanges_not_told_exactly_is_no_count(news: News) -> None:
    text = "Ukraine and Russia have carried out more than 60 swaps since the war began."
    assert _alone(news, text) == set()


def test_news_exchange_counts_takes_two_values(news: News) -> None:
    with pytest.raises(ParseError, match="exchange_counts"):
        news("Kyiv said the swap was the 71st.", exchange_counts="sometimes")


_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else _SUFFIXES.get(n % 10, "th")
    return f"{n}{suffix}"


_RANKED = [
    "According to the Coordination Headquarters, the {noun} was the {rank} since 2022.",
    "It was the {rank} {noun} of the war, Zelensky said.",
]
_COUNTED = ["Zelensky said {n} {nouns} had taken place since May."]
_UNRANKED = [
    "Zelensky said the {noun} took place on Monday.",
    "A {noun} is planned for next week, Zelensky said.",
    "Kyiv said the {noun} brought home {n} soldiers.",
]


@given(
    rank=st.integers(min_value=2, max_value=150),
    noun=st.sampled_from(["exchange", "swap", "handover", "repatriation"]),
    frame=st.sampled_from(_RANKED + _COUNTED + _UNRANKED),
)
@settings(max_examples=40, deadline=None)
def test_news_a_tally_always_counts_people_or_exchanges(
    news: News, rank: int, noun: str, frame: str
) -> None:
    # invariants: no tally lacks both a count and a number of exchanges, and a tally with
    # no count stands only where the sentence gives a rank or a number of exchanges
    text = frame.format(noun=noun, nouns=f"{noun}s", rank=_ordinal(rank), n=rank)
    tallies = news(text, published=THURSDAY, exchange_counts="alone").tallies
    assert all(t.count is not None or t.exchange_count is not None for t in tallies)
    countless = [t.exchange_count for t in tallies if t.count is None]
    if frame in _UNRANKED:
        assert countless == []
    else:
        assert countless == [Count.exact(rank)]
