"""One running total told twice, once with a day and once only "now", is one total, dated."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]


def test_news_a_standfirsts_total_and_the_bodys_dated_one_are_one_tally(news: News) -> None:
    """ "Kyiv says 6,900 have now come home" above the body's total raised on Tuesday."""
    got = news(
        "Biggest swap of the spring; Kyiv says more than 6,900 Ukrainians have now come home\n\n"
        "Russia and Ukraine each freed 205 prisoners of war on Tuesday. The Coordination "
        "Headquarters, which keeps the count, said the exchange was the 75th since 2022 and "
        "brought the number of Ukrainians who had returned from captivity to more than 6,900."
    )
    totals = [t for t in got.tallies if str(t.count) == "more than 6,900"]
    assert [(t.receiver.code, str(t.as_of)) for t in totals] == [("UKR", "2025-10-21")]


def test_news_one_total_told_on_two_named_days_stays_two(news: News) -> None:
    """The same figure said to stand on two days of its own is not merged into one."""
    got = news(
        "By March 3 the number of bodies returned to Ukraine since 2022 had reached 9,000, "
        "officials said. Officials said in a later update that the number of bodies returned "
        "to Ukraine since 2022 stood at 9,000 on June 30, with identification lagging."
    )
    assert sorted(str(t.as_of) for t in got.tallies if str(t.count) == "9,000") == [
        "2025-03-03",
        "2025-06-30",
    ]
