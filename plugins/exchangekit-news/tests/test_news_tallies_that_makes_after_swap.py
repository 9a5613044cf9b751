"""A total opened by "That makes" after a swap told before: as of that swap's day.

"That makes 4,210 Ukrainians freed since 2022" sums the people home once the exchange
just told is counted, as "That brings the total to 4,210" does: the total stands on the
exchange's day, and a part of it told alongside ("and 930 of them this year") too. A
total merely said, with no "that" pointing back, stays on the day it is told.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_SETTINGS = settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# published Thursday 13 March 2025; the swap told is Wednesday's
_PUBLISHED = date(2025, 3, 13)
_SWAP = (
    "ODESA, March 13 (Desk) - Russia released 120 Ukrainian soldiers on Wednesday and got "
    "120 of its own troops back in exchange.\n\n"
)


def test_news_that_makes_total_stands_on_the_swaps_day(news: News) -> None:
    result = news(
        _SWAP + "That makes 4,210 Ukrainians freed from captivity since 2022, the ombudsman said.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-03-12"]


def test_news_that_makes_total_and_its_part_this_year_share_the_day(news: News) -> None:
    result = news(
        _SWAP + "That makes, by the ombudsman's tally, 4,210 Ukrainians freed since the "
        "invasion, and 930 of them this year.",
        published=_PUBLISHED,
    )
    assert sorted((str(t.count), str(t.as_of)) for t in result.tallies) == [
        ("4,210", "2025-03-12"),
        ("930", "2025-03-12"),
    ]


def test_news_total_said_without_that_makes_stays_on_the_day_told(news: News) -> None:
    result = news(
        _SWAP + "The ombudsman says 4,210 Ukrainians have been freed from captivity since 2022.",
        published=_PUBLISHED,
    )
    assert [str(t.as_of) for t in result.tallies] == ["2025-03-13"]


@_SETTINGS
@given(
    aside=st.sampled_from(["", ", by the ombudsman's count,", ", by our count,"]),
    verb=st.sampled_from(["makes", "made"]),
    total=st.integers(min_value=2_000, max_value=9_000),
)
def test_news_that_makes_total_any_aside(news: News, aside: str, verb: str, total: int) -> None:
    result = news(
        _SWAP + f"That {verb}{aside} {total:,} Ukrainians freed from captivity since 2022.",
        published=_PUBLISHED,
    )
    assert [(t.count.low, str(t.as_of)) for t in result.tallies] == [(total, "2025-03-12")]
