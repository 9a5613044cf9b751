"""False-positive guards and date choice that generalise across writers (issue 8, round 2).

Each rule is a habit of news writing, tried on sentences worded several ways.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Period

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        # Regression: the day of the talks dated the handover finished later.
        "It followed talks in Geneva on March 3, which led to the swap of 200 prisoners "
        "each way that the two sides completed last month.",
        "The exchange of 120 soldiers each way, the fruit of negotiations in Riyadh on "
        "March 9, was carried out last month.",
        "Following talks in Doha on 2 March, the two sides exchanged 75 prisoners of war "
        "each last month.",
        "A summit in Ankara on March 12 opened the way, and last month 60 prisoners were "
        "swapped for 60.",
    ],
)
def test_news_a_meetings_day_does_not_date_a_later_handover(news: News, text: str) -> None:
    exchanges = news(text, published=date(2025, 5, 20)).exchanges
    assert exchanges
    assert {str(e.period) for e in exchanges} == {"2025-04"}


def test_news_a_meetings_day_still_dates_a_handover_with_no_other_date(news: News) -> None:
    text = "After talks in Doha on 2 May, Russia and Ukraine exchanged 75 prisoners each."
    exchanges = news(text, published=date(2025, 5, 20)).exchanges
    assert [e.period for e in exchanges] == [Period.day(date(2025, 5, 2))]


@pytest.mark.parametrize(
    "summary",
    [
        # Regression: the sum of the days told, read as one more handover of 1,000.
        "That brings the total, across the three days, to 1,000 people returned in each direction.",
        "Over the three days, 1,000 prisoners went each way.",
        "Across those three days, 1,000 captives returned to each side.",
    ],
)
def test_news_a_sum_over_the_days_told_is_a_tally(news: News, summary: str) -> None:
    text = (
        "On Friday 390 prisoners were freed by each side. On Saturday 307 were exchanged "
        f"for 307, and on Sunday 303 soldiers went each way. {summary}"
    )
    read = news(text, published=date(2025, 5, 26))
    counts = sorted(str(t.count) for e in read.exchanges for t in e.transfers)
    assert "1,000" not in counts
    assert sorted(str(t.count) for t in read.tallies) == ["1,000", "1,000"]


# Two exchanges told on their days, for a total that sums them.
_TWO_RETURNS = (
    "On Monday, 12 Ukrainian civilians were returned home through Belarus. Then, on "
    "Thursday, a military swap freed 58 Ukrainian soldiers in return for 58 Russians. "
)


@pytest.mark.parametrize(
    "total",
    [
        "Taken together, the ombudsman said, 70 Ukrainians had come home since Monday.",
        "In all, officials said, 70 Ukrainians had returned over the week.",
        "That made 70 Ukrainians freed since Monday, the coordination centre said.",
    ],
)
def test_news_a_total_that_sums_the_exchanges_told_is_as_of_the_last(
    news: News, total: str
) -> None:
    tallies = news(_TWO_RETURNS + total, published=date(2025, 10, 25)).tallies
    assert [(str(t.count), str(t.as_of)) for t in tallies] == [("70", "2025-10-23")]


@pytest.mark.parametrize("count", ["69", "71", "58"])
def test_news_a_total_that_is_not_the_sum_of_the_exchanges_told_is_current(
    news: News, count: str
) -> None:
    total = f"Taken together, the ombudsman said, {count} Ukrainians had come home since 2022."
    tallies = news(_TWO_RETURNS + total, published=date(2025, 10, 25)).tallies
    assert [str(t.as_of) for t in tallies] in ([], ["2025-10-25"])


def test_news_an_exchange_that_took_days_is_still_one_exchange(news: News) -> None:
    text = "Russia and Ukraine exchanged 1,000 prisoners each over three days last week."
    (exchange,) = news(text, published=date(2025, 5, 26)).exchanges
    assert sorted(str(t.count) for t in exchange.transfers) == ["1,000", "1,000"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Regression: a weekday of saying left "the previous night" undated.
        (
            "Officials said on Monday that 40 Ukrainian prisoners of war had been freed in a swap "
            "the previous night.",
            25,
        ),
        (
            "Kyiv announced on Friday that 35 prisoners of war had been returned to Ukraine the "
            "day before.",
            22,
        ),
        (
            "The defence ministry said on Tuesday that 60 Ukrainian soldiers had come home from "
            "captivity the previous evening.",
            19,
        ),
    ],
)
def test_news_the_day_before_counts_from_the_day_of_the_statement(
    news: News, text: str, day: int
) -> None:
    (exchange,) = news(text, published=date(2025, 5, 26)).exchanges
    assert exchange.period == Period.day(date(2025, 5, day))


def test_news_the_day_before_a_named_event_date_is_still_not_read(news: News) -> None:
    text = (
        "The exchange of March 19, which followed a call the day before, freed 40 Ukrainian "
        "prisoners of war."
    )
    (exchange,) = news(text, published=date(2025, 5, 26)).exchanges
    assert exchange.period == Period.day(date(2025, 3, 19))


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # Regression: the holiday was read in the year before publication.
        ("Three months later, on New Year's Eve, Kyiv got back 140 of its soldiers.", "2022-12-31"),
        ("Two weeks later, on Oct. 5, Russia freed 60 Ukrainian prisoners of war.", "2022-10-05"),
        (
            "Four months later, on 2 February, 116 Ukrainian prisoners of war came home.",
            "2023-02-02",
        ),
    ],
)
def test_news_a_span_later_dates_from_the_exchange_told_before(
    news: News, later: str, expected: str
) -> None:
    text = (
        "Past swaps have rarely been even. The first big one took place on September 21, "
        f"2022, when 215 Ukrainian prisoners of war were freed by Russia. {later}"
    )
    exchanges = news(text, published=date(2024, 1, 5)).exchanges
    assert sorted(str(e.period) for e in exchanges) == sorted(["2022-09-21", expected])


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "the overnight exchange" took the morning report's own day.
        "Ukraine got 215 people back in the overnight exchange, officials said.",
        "Yermak said the overnight swap had brought 40 Ukrainian prisoners of war home.",
        "The overnight handover returned 12 Ukrainian prisoners of war, the ministry said.",
    ],
)
def test_news_the_overnight_exchange_is_the_previous_days(news: News, text: str) -> None:
    (exchange,) = news(text, published=date(2025, 5, 26)).exchanges
    assert exchange.period == Period.day(date(2025, 5, 25))


def test_news_an_overnight_toll_keeps_the_reports_day(news: News) -> None:
    text = (
        "Ukraine's military said 40 Russian soldiers were killed in fighting near Pokrovsk "
        "overnight."
    )
    claims = news(text, published=date(2025, 5, 26)).claims
    assert [c.as_of for c in claims] == [Period.day(date(2025, 5, 26))]


@pytest.mark.parametrize(
    "text",
    [
        # Regression: the party of the unsaid clause turned the handover round.
        "Kyiv said the swap had also brought back the bodies of 64 fallen Ukrainian soldiers, "
        "without specifying how many bodies had been handed to Russia.",
        "Ukraine recovered the remains of 212 of its soldiers, without saying what it had "
        "sent to Russia in return.",
        "Russia freed 90 Ukrainian prisoners of war without saying how many of its own "
        "soldiers it got back.",
    ],
)
def test_news_a_without_saying_clause_does_not_steer_the_direction(news: News, text: str) -> None:
    legs = [(t.sender.code, t.receiver.code) for e in news(text).exchanges for t in e.transfers]
    assert legs == [("RUS", "UKR")]
