"""False-positive guards and date choice that generalise across writers (issue 8, round 2).

Each rule is a habit of news writing, tried on sentences worded several ways.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Period

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        # Regression: the day of the talks dated the handover finished later.
        "It followed talks in Geneva on March 3, which led to the swap of 200 prisoners "
        "each way that the two sides completed last month.",
        "The exchange of 120 soldiers each way, the fruit of negotiations in Riyadh on "
        "March 9, was carried out last month.",
        "Following talks in Doha on 2 March, the two sides exchanged 75 prisoners of war "
        "each last month.",
        "A summit in Ankara on March 12 opened the way, and last month 60 prisoners were "
        "swapped for 60.",
    ],
)
def test_news_a_meetings_day_does_not_date_a_later_handover(news: News, text: str) -> None:
    exchanges = news(text, published=date(2025, 5, 20)).exchanges
    assert exchanges
    assert {str(e.period) for e in exchanges} == {"2025-04"}


def test_news_a_meetings_day_still_dates_a_handover_with_no_other_date(news: News) -> None:
    text = "After talks in Doha on 2 May, Russia and Ukraine exchanged 75 prisoners each."
    exchanges = news(text, published=date(2025, 5, 20)).exchanges
    assert [e.period for e in exchanges] == [Period.day(date(2025, 5, 2))]
