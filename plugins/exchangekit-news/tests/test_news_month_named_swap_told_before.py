""" "The August swap" names again the exchange of August the text already told with its day.

An explainer tells a swap with its day ("The exchange on 12 August, in which
... 118 soldiers came home"), then, a few paragraphs on, calls it by its month
with the same figure ("the August swap ... was '118 for 118'"). That is the
same exchange: it takes the day told before, not the whole month, which would
print a second, vaguer swap of the same size. A figure that differs, or two
days of that month told with it, leave the month as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]

_TOLD = (
    "How do the swaps work?\n\n"
    "The exchange on 12 August, in which, by Kyiv's count, 118 soldiers came home and "
    "Russia got back the same number, was the 71st of the war.\n\n"
)
_AGAIN = (
    "How big are they?\n\n"
    "It depends. The largest, in May, saw 500 prisoners freed by each side. Recent ones "
    "have been smaller, and both capitals like matching figures: the August swap, a "
    'negotiator recalled, was "{n} for {n}".'
)


def test_news_the_month_named_swap_takes_the_day_told_before(news: News) -> None:
    read = news(_TOLD + _AGAIN.format(n=118))
    assert read.day_counts_as_text() == {("2025-05", "500"), ("2025-08-12", "118")}


def test_news_a_month_named_swap_of_another_size_keeps_its_month(news: News) -> None:
    read = news(_TOLD + _AGAIN.format(n=120))
    assert ("2025-08", "120") in read.day_counts_as_text()


def test_news_two_days_of_the_month_told_leave_the_month(news: News) -> None:
    told = (
        "How do the swaps work?\n\n"
        "On 3 August, 118 soldiers came home and Russia got back the same number. On 12 "
        "August, by Kyiv's count, 118 more soldiers came home, for as many Russians.\n\n"
    )
    read = news(told + _AGAIN.format(n=118))
    assert ("2025-08", "118") in read.day_counts_as_text()
