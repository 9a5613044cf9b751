"""A total carried on from a named day: "bringing the total since Tuesday to 2,430".

"the total since <day> to N" names the day the count started from between the head
and its figure; a weekday or a day of the month there is the span's start, as a month
or a year already was. Every text here is read as published on Monday 16 June 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

PUBLISHED = date(2025, 6, 16)


def test_news_total_since_a_weekday_starts_on_that_day(news: Callable[..., Any]) -> None:
    read = news(
        "Kyiv got back 800 bodies on Tuesday. On Saturday officials said another 830 bodies"
        " had arrived, bringing the total since Tuesday to 1,630.",
        published=PUBLISHED,
    )
    assert ("2025-06-10/2025-06-14", "UKR", "remains", "1,630") in read.tally_spans()


def test_news_total_since_a_day_of_the_month_with_people_unnamed(
    news: Callable[..., Any],
) -> None:
    # the harder form: a day of the month, and the people left to the total's own clause
    read = news(
        "The ministry said on Sunday that a further 640 Ukrainian soldiers were freed over the"
        " weekend, taking the overall total since 3 June to 2,010.",
        published=PUBLISHED,
    )
    assert any(
        covers.startswith("2025-06-03/") and count == "2,010"
        for covers, _, _, count in read.tally_spans()
    )


def test_news_total_since_a_day_that_would_be_reached_is_a_plan(
    news: Callable[..., Any],
) -> None:
    # near-miss: a total still to come is no running total
    read = news(
        "Officials said another 830 bodies were expected on Saturday, which would bring the"
        " total since Tuesday to 1,630.",
        published=PUBLISHED,
    )
    assert all(count != "1,630" for *_, count in read.tally_spans())
