"""A loss counted "in August and September alone" stands over both months.

"... and that in August and September alone Ukraine had lost more than 35,000
servicemen": the count is of the two months together, so its date is their
span, not the second month only. One month alone keeps that month.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]


def test_news_a_loss_of_two_months_alone_spans_them(news: News) -> None:
    text = (
        "Speaking to the ministry's board, the minister said that Ukraine's losses since "
        "the start of the operation had passed 400,000, and that in August and September "
        "alone Ukraine had lost more than 35,000 servicemen."
    )
    days = news(text).claim_days_by_count_text()
    assert days["more than 35,000"] == "2025-08-01/2025-09-30"
    assert days["more than 400,000"] == "2025-10-23"


def test_news_a_loss_of_one_month_alone_keeps_the_month(news: News) -> None:
    text = "The minister said that in September alone Ukraine had lost more than 35,000 servicemen."
    assert news(text).claim_days_by_count_text() == {"more than 35,000": "2025-09"}
