"""Running totals whose side or span a nearby word could get wrong (issue 8).

"Moscow has illegally deported some 19,500 children, and, by the latest count, fewer
than 1,600 have come back": the side that took the whole is where the part came back
from, so the homecomings went to the other side, whoever tells them. "With this week's
swap, more than 6,100 ... since the war began" is a total brought up to date with the
week's exchange: it runs from the war's start, not over that week.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
_DAY = date(2025, 10, 23)  # a Thursday
LEAD = "Russia and Ukraine swapped 150 prisoners of war each on Wednesday, officials said. "


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has illegally deported some 19,500 children since 2022, and fewer than 1,600 "
        "have come back, rights groups say.",
        "Russia has deported some 19,500 children since 2022, and, by the latest count, "
        "fewer than 1,600 have come back.",
    ],
)
def test_news_part_come_back_from_the_taker_went_to_the_other_side(news: News, text: str) -> None:
    """The children came back to Ukraine, not to the side named as taking them."""
    result = news(text, published=_DAY)
    assert [(t.sender.code, t.receiver.code, t.count) for t in result.tallies] == [
        ("RUS", "UKR", Count.fewer_than(1_600))
    ]


def test_news_a_hedged_part_come_back_after_a_taking_is_a_total(news: News) -> None:
    """ "only about 1,600 have come back" set against 19,500 abducted: every return so far."""
    result = news(
        "Russia has abducted at least 19,500 Ukrainian children, and only about 1,600 have "
        "come back.",
        published=_DAY,
    )
    assert result.exchanges == []
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert tally.count == Count.approx(1_600)
    assert str(tally.covers) == "2022-02-24/2025-10-23"


def test_news_side_taking_back_its_own_is_still_their_home(news: News) -> None:
    """Near miss: "has taken back 300" is a homecoming of the side's own, not a taking."""
    result = news(
        "Russia has taken back 300 of its soldiers since May, and 200 Ukrainians have come back.",
        published=_DAY,
    )
    assert ("UKR", "RUS", Count.exact(300)) in result.tally_keys()
    assert ("RUS", "UKR", Count.exact(200)) in result.tally_keys()


@pytest.mark.parametrize(
    "tail",
    [
        "more than 6,100 Ukrainians have returned home since the start of the war.",
        "more than 6,100 Ukrainians have now been freed, the ombudsman says.",
    ],
)
def test_news_total_with_this_weeks_swap_runs_from_the_war(news: News, tail: str) -> None:
    """The week's swap brings the total up to date; the war's start opens its span."""
    result = news(LEAD + "With this week's exchange, " + tail, published=_DAY)
    (tally,) = result.tallies
    assert tally.count == Count.more_than(6_100)
    assert str(tally.covers) == "2022-02-24/2025-10-23"
    assert str(tally.as_of) == "2025-10-23"


def test_news_total_with_a_days_swap_still_stands_on_that_day(news: News) -> None:
    """Near miss: a day's possessive dates the total on that day, as before."""
    result = news(
        LEAD.replace("Wednesday", "Monday")
        + "With Monday's swap, more than 6,100 Ukrainians have returned home since the "
        "start of the war.",
        published=_DAY,
    )
    (tally,) = result.tallies
    assert str(tally.covers) == "2022-02-24/2025-10-20"
