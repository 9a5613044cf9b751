"""Running totals counted from the start of a season: "since the summer began".

"since the start of the summer" and "since the spring began" count from the season, as
"since the summer" does; left unread, the total's span fell back to the whole war's, a
span the text never gives. Every text here is read as published on 20 October 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

PUBLISHED = date(2025, 10, 20)


def _spans(read: Any) -> set[tuple[str, str, str]]:
    return {(str(y.covers), y.receiver.code, str(y.count)) for y in read.tallies}


@pytest.mark.parametrize(
    "opening",
    [
        "since the summer began",
        "since the start of the summer",
        "since the beginning of summer",
        "since the summer",
    ],
)
def test_news_total_since_a_season_starts_with_the_season(
    news: Callable[..., Any], opening: str
) -> None:
    read = news(
        f"Officials said 1,350 captives had been brought back to Ukraine {opening}.",
        published=PUBLISHED,
    )
    assert _spans(read) == {("2025-06-01/2025-10-20", "UKR", "1,350")}
    assert read.exchanges == []


def test_news_total_since_a_season_began_opening_the_sentence(news: Callable[..., Any]) -> None:
    # the harder form: the span opens the sentence, remains, and a day of saying
    read = news(
        "Since the spring began, the bodies of 2,400 fallen defenders have been repatriated"
        " to Ukraine, the headquarters said on Friday.",
        published=PUBLISHED,
    )
    assert {covers.split("/")[0] for covers, *_ in _spans(read)} == {"2025-03-01"}
    assert read.exchanges == []


def test_news_season_naming_a_noun_is_no_start(news: Callable[..., Any]) -> None:
    # near-miss: "the start of the spring offensive" is an event's start, not the season's
    read = news(
        "Officials said 1,350 captives had been brought back to Ukraine since the start of"
        " the spring offensive.",
        published=PUBLISHED,
    )
    assert all(not covers.startswith("2025-03") for covers, *_ in _spans(read))


@pytest.mark.parametrize(
    ("season", "year", "start"),
    [
        ("summer", 2024, "2024-06-01"),
        ("autumn", 2023, "2023-09-01"),
        ("spring", 2024, "2024-03-01"),
    ],
)
def test_news_season_of_a_named_year_counts_from_that_year(
    news: Callable[..., Any], season: str, year: int, start: str
) -> None:
    # "of <year>" after the season: that year's season, not the story's
    read = news(
        f"Since the beginning of the {season} of {year}, Kyiv has secured the return of"
        " 820 of its soldiers.",
        published=PUBLISHED,
    )
    assert _spans(read) == {(f"{start}/2025-10-20", "UKR", "820")}


def test_news_season_of_a_named_year_after_the_figure(news: Callable[..., Any]) -> None:
    # the harder form: the span after the figure, a passive, remains
    read = news(
        "The remains of 3,100 soldiers have been handed back to Ukraine since the start of"
        " the summer of 2023, officials said.",
        published=PUBLISHED,
    )
    assert {covers.split("/")[0] for covers, *_ in _spans(read)} == {"2023-06-01"}


def test_news_season_of_an_offensive_of_a_year_is_no_start(news: Callable[..., Any]) -> None:
    # near-miss: "of" names an event's season, not the season of a year
    read = news(
        "Officials said 1,350 captives had been brought back to Ukraine since the start of"
        " the summer of fighting in 2024.",
        published=PUBLISHED,
    )
    assert all(not covers.startswith("2025-06") for covers, *_ in _spans(read))
