"""Counts that stand for every handover so far, not for one of them.

Two forms of reporting a running total without "so far" or "since":

* a count that "have come back" set against a larger count of people taken away in the
  sentence before: "Moscow has deported 16,000 minors. Under 1,200 have been returned.";
* an active pluperfect told in a month: "the ombudsman said in March that Kyiv had
  brought home 900 of its people" looks back over every handover before then.

A date or a named exchange in the clause ("... came back on Friday", "in a swap") keeps
the figure one handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 3, 12)


def tallies(read: Any) -> list[tuple[str, Count]]:
    """(receiver, count) of every running total read."""
    return [(t.receiver.code, t.count) for t in read.tallies]


def transfers(read: Any) -> list[tuple[str, str, str]]:
    """(sender, receiver, count) of every transfer read."""
    return [
        (t.sender.code, t.receiver.code, str(t.count)) for e in read.exchanges for t in e.transfers
    ]


# -- a count come back set against a larger count taken away --------------------------------


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    taking=st.sampled_from(["has deported", "has taken", "has abducted"]),
    taken=st.integers(min_value=50, max_value=200).map(lambda k: k * 100),
    back=st.integers(min_value=2, max_value=40).map(lambda k: k * 10),
    hedge=st.sampled_from(["", "fewer than ", "only about ", "under "]),
    verb=st.sampled_from(["have come back", "have been returned", "have come home"]),
)
def test_news_a_return_set_against_those_taken_is_never_one_handover(
    news: News, taking: str, taken: int, back: int, hedge: str, verb: str
) -> None:
    text = (
        f"Kyiv says Moscow {taking} {taken:,} Ukrainian children. "
        f"{(hedge + str(back)).capitalize()} {verb}."
    )
    read = news(text, published=_PUBLISHED)
    assert transfers(read) == []  # a standing total is never dated as one handover
    assert [receiver for receiver, _ in tallies(read)] == ["UKR"]


def test_news_a_return_against_those_taken_in_a_harder_form(news: News) -> None:
    """Number words, a pronoun for the people and a hedge on the count taken."""
    text = (
        "Officials in Kyiv say Russia has taken roughly fifteen thousand of them. "
        "Fewer than one thousand have come back."
    )
    read = news(text, published=_PUBLISHED)
    assert transfers(read) == []
    assert tallies(read) == [("UKR", Count.parse("fewer than 1,000"))]


@pytest.mark.parametrize(
    "second",
    [
        "Fewer than 200 came back on Friday.",  # a simple past with its day: one handover
        "Fewer than 200 have come back on Friday.",  # a day in the clause
        "Fewer than 200 have come back in the latest exchange.",  # an exchange named
    ],
)
def test_news_a_return_with_its_day_or_exchange_stays_a_handover(news: News, second: str) -> None:
    read = news(f"Kyiv says Russia has deported 16,000 children. {second}", published=_PUBLISHED)
    assert tallies(read) == []
    assert [(s, r) for s, r, _ in transfers(read)] == [("RUS", "UKR")]


def test_news_a_return_not_set_against_a_larger_count_is_not_a_total_by_this_rule(
    news: News,
) -> None:
    """Without people taken away in the sentence before, nothing says the count is a sum."""
    read = news(
        "The swap took place on the border. Fewer than 200 have come back.", published=_PUBLISHED
    )
    assert tallies(read) == []


# -- an active pluperfect told in a month -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ombudsman said in January that Kyiv had brought home about 900 of its people.",
            [("UKR", Count.parse("about 900"))],
        ),
        (
            # harder: a longer subject, "back" after the verb and a clause after the figure
            "Her office said last month that the Russian side had got back 700 of its "
            "citizens, and it has given no newer number.",
            [("RUS", Count.exact(700))],
        ),
        (
            # "that" left out after the month of telling
            "A spokesman said in February Kyiv had freed 640 of its soldiers.",
            [("UKR", Count.exact(640))],
        ),
    ],
)
def test_news_an_active_pluperfect_told_in_a_month_is_a_running_total(
    news: News, text: str, expected: list[tuple[str, Count]]
) -> None:
    read = news(text, published=_PUBLISHED)
    assert tallies(read) == expected
    assert transfers(read) == []


@pytest.mark.parametrize(
    "text",
    [
        # told on a day: the speaker may report that day's handover
        "The ombudsman said on Monday that Kyiv had brought home 900 of its people.",
        # a swap named in the clause: one handover
        "The ombudsman said in January that Kyiv had brought home 900 of its people in a swap.",
        # "that" left out, but told on a day
        "A spokesman said on Friday Kyiv had freed 640 of its soldiers.",
    ],
)
def test_news_an_active_pluperfect_of_one_handover_stays_a_handover(news: News, text: str) -> None:
    read = news(text, published=_PUBLISHED)
    assert tallies(read) == []
    assert [(s, r) for s, r, _ in transfers(read)] == [("RUS", "UKR")]


# -- the count taken away is never a handover ----------------------------------------------


@pytest.mark.parametrize("taking", ["has deported", "has abducted", "has kidnapped"])
def test_news_a_count_taken_away_in_the_same_sentence_is_never_handed_over(
    news: News, taking: str
) -> None:
    """The people a verb of taking away has for its object were not sent home.

    "Moscow has deported nearly 18,000 children, and under 1,500 have come back": the
    coordinated "have come back" belongs to the smaller count, never to the 18,000.
    """
    text = (
        f"Kyiv says Moscow {taking} nearly 18,000 Ukrainian children, "
        "and fewer than 1,500 have come back."
    )
    read = news(text, published=_PUBLISHED)
    assert [t.count for e in read.exchanges for t in e.transfers] == []
    assert tallies(read) == [("UKR", Count.parse("fewer than 1,500"))]


def test_news_children_handed_back_on_a_day_are_still_a_handover(news: News) -> None:
    """Near-miss: a verb of returning before the count keeps the handover."""
    text = "Moscow handed back 14 Ukrainian children on Friday, officials in Kyiv said."
    read = news(text, published=_PUBLISHED)
    assert transfers(read) == [("RUS", "UKR", "14")]
