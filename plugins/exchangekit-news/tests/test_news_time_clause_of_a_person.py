"""A date in a time clause with a subject of its own ("before he was mobilised in 2022").

"Petrenko, a miner until he was mobilised in 2022, was one of 140 soldiers freed on
2 May": the clause after "before", "after" or "until" has its own subject and verb,
and its date is when that happened, not when the figure's people came home.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
PUBLISHED = date(2025, 5, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Petrenko, 51, a miner until he was mobilised in the spring of 2022, was one of 140 "
        "Ukrainian soldiers freed from Russian captivity on May 2.",
        "Hordiienko, a teacher before she joined the army in 2023, was among 140 Ukrainian "
        "soldiers released from captivity on May 2.",
        "The brothers, who farmed near Izium until they were called up in March 2022, were two "
        "of 140 Ukrainian soldiers freed from Russian captivity on May 2.",
    ],
)
def test_news_time_clause_date_is_not_the_swaps(news: News, text: str) -> None:
    assert news(text, published=PUBLISHED).periods() == {"2025-05-02"}


@pytest.mark.parametrize(
    "text",
    [
        # a time clause that tells the handover itself dates it
        "After they were handed over on May 2, the 140 Ukrainian soldiers were taken to a "
        "hospital.",
        # days counted from the clause's date count on from it
        "Two days after he turned 40 on April 30, Petrenko was one of 140 Ukrainian soldiers "
        "freed from captivity.",
    ],
)
def test_news_time_clause_that_dates_the_swap_keeps_it(news: News, text: str) -> None:
    assert news(text, published=PUBLISHED).periods() == {"2025-05-02"}
