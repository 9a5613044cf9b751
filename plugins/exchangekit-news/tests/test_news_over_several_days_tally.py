""" "Over several days" is a run of days, as "over three days" is: one figure summing stages.

"In early May, over several days, Russia handed back 4,210 bodies and took 55 in return":
a figure moved over a run of days in a month is the sum of that operation's stages, a
tally over the month, not one handover, unless "single" or a per-side figure makes the
days one swap's stages. A run told with no teller and no side ("more than 5,000 bodies
were returned over several days") is no speaker's own side's total: no side heard
elsewhere in the text is a guess at its receiver.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 6, 5)


@pytest.mark.parametrize(
    ("text", "tallies"),
    [
        (
            "In early May, over several days, Russia handed back 4,210 bodies and took 55 in "
            "return.",
            {("RUS", "UKR", Count.exact(4_210)), ("UKR", "RUS", Count.exact(55))},
        ),
        (
            "Over several days in March, Ukraine received 2,300 bodies.",
            {("RUS", "UKR", Count.exact(2_300))},
        ),
        (
            "In late April Kyiv took back 1,500 bodies over several days.",
            {("RUS", "UKR", Count.exact(1_500))},
        ),
    ],
)
def test_news_bodies_moved_over_several_days_are_a_tally(
    news: News, text: str, tallies: set[tuple[str, str, Count]]
) -> None:
    result = news(text, published=_DAY)
    assert result.exchanges == []
    assert result.tally_keys() == tallies


@given(n=st.integers(min_value=2, max_value=1799) | st.integers(min_value=2101, max_value=99_999))
def test_news_several_days_read_as_a_counted_run_of_days(news: News, n: int) -> None:
    def read(days: str) -> tuple[set[tuple[str | None, str, Count]], int]:
        result = news(
            f"In late April Kyiv took back {n:,} bodies over {days} days.", published=_DAY
        )
        return result.tally_keys(), len(result.exchanges)

    assert read("several") == read("three") == ({("RUS", "UKR", Count.exact(n))}, 0)


def test_news_talks_over_several_days_leave_the_days_handover(news: News) -> None:
    """Near miss: a run of days that times talks, not the handover, sizes nothing."""
    result = news(
        "On 20 May, after talks over several days, Russia handed over 900 bodies.",
        published=_DAY,
    )
    assert result.tallies == []
    assert result.moved_counts() == {Count.exact(900)}


@pytest.mark.parametrize("days", ["several", "three"])
def test_news_a_run_of_days_with_no_side_takes_none_heard_before(news: News, days: str) -> None:
    text = (
        "In return, Ukraine handed over the bodies of 24 Russian soldiers, Russian negotiator "
        "Vladimir Medinsky wrote on Thursday. In mid-May more than 5,000 bodies were returned "
        f"over {days} days."
    )
    result = news(text, published=_DAY)
    assert result.tallies == []
    assert result.moved_counts() == {Count.exact(24)}


def test_news_a_single_handover_over_several_days_stays_one_handover(news: News) -> None:
    """Near miss: "single" (or a per-side figure) makes the days one swap's stages."""
    text = (
        "The largest single handover came in May, when more than 5,000 bodies were returned "
        "to Ukraine over several days."
    )
    result = news(text, published=_DAY)
    assert result.tallies == []
    assert result.moved_counts() == {Count.parse("more than 5,000")}


def test_news_a_run_of_days_a_side_tells_is_that_sides(news: News) -> None:
    """Near miss: a teller of a known side still gives the run its side, as before."""
    text = (
        "In return, Ukraine handed over the bodies of 24 Russian soldiers, Russian negotiator "
        "Vladimir Medinsky wrote on Thursday. In mid-May, Medinsky said, 5,000 bodies had been "
        "returned over three days."
    )
    assert ("UKR", "RUS", Count.exact(5_000)) in news(text, published=_DAY).tally_keys()
