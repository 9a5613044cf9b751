"""A total told on in an "it said" aside stands on the exchange the total before it did.

"Tuesday's swap took the number freed since 2022 to 5,010, the ombudsman's office
reported. In 2024 alone, it said, 1,410 came home": the office goes on with the
statement it made about Tuesday's exchange, so the year's figure is as of that swap,
not of the day the story is published. An aside after a total dated by no exchange
leaves the next total on the story's day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

_PUBLISHED = date(2024, 12, 27)  # a Friday


def test_news_a_total_in_an_it_said_aside_stands_on_the_exchange_before(
    news: Callable[..., Any],
) -> None:
    result = news(
        "KYIV - Ukraine and Russia exchanged prisoners on Tuesday, with 120 Ukrainian "
        "soldiers returning home from captivity.\n\n"
        "The ombudsman's office reported that Tuesday's swap was the 58th of the war and "
        "brought the number of Ukrainians freed since 2022 to 5,010. In 2024 alone, it "
        "said, 1,410 people came home in 11 exchanges.\n",
        published=_PUBLISHED,
    )
    assert result.tally_day_list() == ["2024-12-24", "2024-12-24"]


def test_news_an_it_said_aside_after_an_undated_total_keeps_the_story_day(
    news: Callable[..., Any],
) -> None:
    result = news(
        "KYIV - Ukraine and Russia exchanged prisoners on Tuesday, with 120 Ukrainian "
        "soldiers returning home from captivity.\n\n"
        "The ombudsman's office keeps its own count, which puts the number of Ukrainians "
        "freed since 2022 at 5,010. In 2024 alone, it said, 1,410 people came home in 11 "
        "exchanges.\n",
        published=_PUBLISHED,
    )
    assert "2024-12-24" not in result.tally_day_list()


def test_news_an_it_said_aside_follows_a_ranked_exchange_told_without_figures(
    news: Callable[..., Any],
) -> None:
    result = news(
        "The year opened with a swap on 3 January, when 230 Ukrainians came home.\n\n"
        "The ombudsman's office said Tuesday's exchange was the 58th of the war and brought "
        "the number of Ukrainians freed since 2022 to 5,010. In 2024 alone, it said, 1,410 "
        "people came home in 11 exchanges.\n",
        published=_PUBLISHED,
    )
    assert result.tally_day_list() == ["2024-12-24", "2024-12-24"]
