"""A number "put at" a figure over a counted run of stages is their sum, not one handover.

"Moscow put the number of bodies it had handed over in the three stages at 3,600": the
stages counted make the figure a running total, and "it", the speaker's side, is the
side that sent the people counted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]

_PUBLISHED = date(2025, 6, 20)


def _transfers(result: Any) -> list[Any]:
    return [t for e in result.exchanges for t in e.transfers]


def test_news_number_put_at_over_counted_stages_is_a_total(news: News) -> None:
    result = news(
        "Altogether, the Russian side put the number of bodies it had sent back in the "
        "four stages at 4,100.",
        published=_PUBLISHED,
    )
    (tally,) = result.tallies
    assert str(tally.count) == "4,100"
    assert (tally.sender.code, tally.receiver.code) == ("RUS", "UKR")
    assert not [t for t in _transfers(result) if str(t.count) == "4,100"]


def test_news_number_put_at_over_counted_swaps_of_receiving_side(news: News) -> None:
    # a harder form: "the total number", a verb of receiving and "exchanges" as the stages
    result = news(
        "Moscow put the total number of soldiers it had got back in its two exchanges "
        "with Kyiv this year at 410.",
        published=_PUBLISHED,
    )
    (tally,) = result.tallies
    assert (tally.sender.code, tally.receiver.code) == ("UKR", "RUS")


def test_news_number_put_at_one_days_handover_stays_one_exchange(news: News) -> None:
    # near miss: no stages counted, a day named: one handover's size
    result = news(
        "Moscow put the number of bodies it had handed over on Friday at 1,150.",
        published=_PUBLISHED,
    )
    assert not result.tallies
    assert [str(t.count) for t in _transfers(result)] == ["1,150"]
