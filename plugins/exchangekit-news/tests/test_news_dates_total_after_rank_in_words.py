"""A running total told with the rank of the exchange stands on that exchange's day.

"It said this was the sixty-first exchange and that 3,900 have been freed in all", "It
called it the 77th exchange. It said 7,700 had been returned", "The exchange, the 83rd
since the invasion, was ... In total, 7,400 have come home": the speaker counts through
the exchange the story tells, so the total is as of its day, not of the day of the
report. A rank in words ("sixty-first") is a rank as the digits are. A rank told in the
past by a speaker in the present, with a total "now" reached ("says this was the 64th
exchange and that 4,500 have now come home"), leaves the total current when told.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

_PUBLISHED = date(2025, 6, 12)  # a Thursday
_SWAP = (
    "Ukraine got back 60 soldiers from Russia on Tuesday in an exchange mediated by "
    "Qatar, officials said. Russia said it received 60 of its own servicemen. "
)


def _totals(news: Callable[..., Any], told: str) -> set[tuple[str, str]]:
    """(count, as of) of every running total read from the swap and ``told``."""
    result = news(_SWAP + told, published=_PUBLISHED)
    return {(str(t.count), str(t.as_of)) for t in result.tallies}


@pytest.mark.parametrize(
    ("told", "count"),
    [
        (
            "The ombudsman's office said this was the seventy-second exchange of the war, "
            "and that 6,410 Ukrainians have been freed in all.",
            "6,410",
        ),
        (
            "The coordination headquarters called it the 80th exchange. It said 7,020 "
            "Ukrainians had been returned since 2022.",
            "7,020",
        ),
        (
            "The exchange, the 81st since the invasion, was arranged by the Emirates. In "
            "total, 7,100 Ukrainians have come home.",
            "7,100",
        ),
        (
            "The headquarters described it as the 75th exchange. With it, it said, 6,900 "
            "Ukrainians had been freed since February 2022.",
            "6,900",
        ),
    ],
)
def test_news_total_told_with_a_rank_is_of_the_exchange_day(
    news: Callable[..., Any], told: str, count: str
) -> None:
    assert _totals(news, told) == {(count, "2025-06-10")}


def test_news_total_said_now_in_the_present_is_current(news: Callable[..., Any]) -> None:
    # near miss: "says ... have now come home" is the count as it stands when told
    told = (
        "The headquarters says this was the seventy-second exchange, and that 6,410 "
        "Ukrainians have now come home."
    )
    assert _totals(news, told) == {("6,410", "2025-06-12")}


def test_news_total_now_after_a_rank_in_the_present_is_the_exchanges(
    news: Callable[..., Any],
) -> None:
    # "calls this the 72nd exchange": the speaker ranks the swap as told, and counts through it
    told = (
        "The headquarters calls this the seventy-second exchange and says 6,410 "
        "Ukrainians have now come home."
    )
    assert _totals(news, told) == {("6,410", "2025-06-10")}


_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


@settings(max_examples=12, deadline=None)
@given(tens=st.sampled_from(_TENS), unit=st.sampled_from(_UNITS))
def test_news_any_rank_in_words_dates_the_total(
    news: Callable[..., Any], tens: str, unit: str
) -> None:
    told = (
        f"The ombudsman's office said this was the {tens}-{unit} exchange of the war, "
        "and that 6,410 Ukrainians have been freed in all."
    )
    assert _totals(news, told) == {("6,410", "2025-06-10")}
