"""When a running total stands: the stages of one exchange, or a recap told now.

A total that adds up exchanges told before stands on the last of them when they were
the stages of one operation a few days long; when they lay weeks apart it is a recap,
current when the text tells it, covering the first to the last. A date after "fewer
than in" dates the exchange a total is compared with, not the total.
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
