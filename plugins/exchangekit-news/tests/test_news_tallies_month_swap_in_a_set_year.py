"""A total "after the December swap" in a text whose heading set the year: that swap's day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]

_PUBLISHED = date(2025, 1, 10)
_HEADING = "The data desk: how the 2024 prisoner exchanges added up\n\n"


def test_news_total_after_the_month_swap_stands_on_its_day(news: News) -> None:
    # the heading makes "December" December 2024; the total stood on the 30th, not on 10 January
    result = news(
        _HEADING + "The final swap of the year, on Dec. 30, freed 189 Ukrainian prisoners "
        "of war in return for 150 Russian soldiers.\n\n"
        "After the December swap, the Emirates said their mediation had freed 2,484 captives "
        "from both sides in eleven exchanges.",
        published=_PUBLISHED,
    )
    (tally,) = result.tallies
    assert str(tally.as_of) == "2024-12-30"
    assert tally.covers.start.year == 2022  # since the war began, not December alone


def test_news_total_the_month_exchange_raised(news: News) -> None:
    # a harder form: the exchange named by its month is the subject that raised the total
    result = news(
        _HEADING + "Kyiv brought home 189 soldiers on Dec. 30, giving back 150.\n\n"
        "The December exchange took the number of Ukrainians freed to 3,956, the "
        "coordination office said.",
        published=_PUBLISHED,
    )
    (tally,) = result.tallies
    assert str(tally.as_of) == "2024-12-30"


def test_news_two_swaps_in_the_month_leave_the_total_undated_by_either(news: News) -> None:
    # near miss: two December days were told, so "the December swap" names neither
    result = news(
        _HEADING + "On Dec. 5, 40 Ukrainians came home, and on Dec. 30 another 189 were "
        "freed in return for 150 Russian soldiers.\n\n"
        "After the December swap, the Emirates said their mediation had freed 2,484 captives "
        "from both sides in eleven exchanges.",
        published=_PUBLISHED,
    )
    assert all(str(t.as_of) not in ("2024-12-05", "2024-12-30") for t in result.tallies)
