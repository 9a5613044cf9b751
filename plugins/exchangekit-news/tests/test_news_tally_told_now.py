"""When a running total stands: the stages of one exchange, or a recap told now.

A total that adds up exchanges told before stands on the last of them when they were
the stages of one operation a few days long; when they lay weeks apart it is a recap,
current when the text tells it, covering the first to the last. A date after "fewer
than in" dates the exchange a total is compared with, not the total. A total "by the
end of April" that the text says "does not yet include" later returns is the source's
latest count, told as current, running to April; "before this month" closes the span
a total covers where the month opens.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

_RECAP = (
    "Kharkiv Evening | 3 November 2025\n\n"
    "On July 4, 40 Ukrainians came home from Russian captivity. "
    "On August 19, a further 65 were freed by Russia. "
    "On October 2, 70 more Ukrainians were released by Russia.\n\n"
    "All told, the three swaps returned 175 Ukrainians, the ombudsman said"
)


def test_news_recap_of_far_apart_swaps_is_told_now(news: Callable[..., Any]) -> None:
    result = news(_RECAP + ".\n", published=date(2025, 11, 3))
    assert ("2025-07-04/2025-10-02", "UKR", "other", "175") in result.tally_spans()
    assert "2025-11-03" in result.tally_days()


def test_news_compared_swap_does_not_date_the_recap(news: Callable[..., Any]) -> None:
    text = _RECAP + " - fewer than in the single swap of March 2024, when 200 came back.\n"
    result = news(text, published=date(2025, 11, 3))
    assert ("2025-07-04/2025-10-02", "UKR", "other", "175") in result.tally_spans()
    assert "2024-03" not in result.tally_days()


def test_news_stages_days_apart_stand_on_the_last(news: Callable[..., Any]) -> None:
    # near-miss: the stages of one operation three days long, summed, stand on its last day
    text = (
        "Kharkiv Evening | 3 November 2025\n\n"
        "On October 27, 40 Ukrainians came home from Russian captivity. "
        "On October 29, a further 65 were freed by Russia.\n\n"
        "All told, the two stages returned 105 Ukrainians, the ombudsman said.\n"
    )
    result = news(text, published=date(2025, 11, 3))
    assert ("2025-10-27/2025-10-29", "UKR", "other", "105") in result.tally_spans()
    assert "2025-10-29" in result.tally_days()


def test_news_more_than_a_count_is_no_comparison(news: Callable[..., Any]) -> None:
    # near-miss: "more than 300 ... in June" hedges a count; June stays its date
    result = news(
        "Ukraine received more than 300 soldiers from Russia in June.",
        published=date(2025, 9, 10),
    )
    assert result.periods() == {"2025-06"}


def test_news_total_that_lags_is_told_now(news: Callable[..., Any]) -> None:
    result = news(
        "The number of Ukrainians freed since 2022 had reached 4,420 by the end of April, "
        "the ombudsman's office said, a figure that does not yet include those freed "
        "in the two swaps this month.",
        published=date(2025, 5, 20),
    )
    assert result.tally_days() == {"2025-05-20"}
    assert {span for span, *_ in result.tally_spans()} == {"2022-02-24/2025-04-30"}


def test_news_total_by_the_end_of_a_month_stands_then(news: Callable[..., Any]) -> None:
    # near-miss: with no word that it lags, the total stands on the month's last day
    result = news(
        "The number of Ukrainians freed since 2022 had reached 4,420 by the end of April, "
        "the ombudsman's office said.",
        published=date(2025, 5, 20),
    )
    assert result.tally_days() == {"2025-04-30"}


def test_news_before_this_month_closes_the_span(news: Callable[..., Any]) -> None:
    result = news(
        "Since the invasion began, and before this month, Kyiv had received the bodies "
        "of 5,300 soldiers, the commissioner said.",
        published=date(2025, 5, 20),
    )
    assert {span for span, *_ in result.tally_spans()} == {"2022-02-24/2025-04-30"}
    assert result.tally_days() == {"2025-05-20"}


def test_news_this_month_alone_is_the_span(news: Callable[..., Any]) -> None:
    # near-miss: a total "so far this month" covers the month up to the day it is told
    result = news(
        "Kyiv has received the bodies of 1,300 soldiers so far this month, the commissioner said.",
        published=date(2025, 5, 20),
    )
    assert {span for span, *_ in result.tally_spans()} == {"2025-05-01/2025-05-20"}
