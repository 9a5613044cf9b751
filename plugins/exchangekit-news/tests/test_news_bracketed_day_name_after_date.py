"""A weekday or feast named in brackets right after a full date: no date of its own.

"15 June 2025 (Trinity Sunday): ..." names the day of the date before the brackets,
so the "Sunday" inside them is never the Sunday nearest the report. A weekday
told on its own ("on Sunday"), or with the date in brackets after it, stays a date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "RIVNE — Looking back: 15 June 2025 (Trinity Sunday): Kyiv and Moscow swapped "
            "58 prisoners each.",
            {"2025-06-15"},
        ),
        (
            "RIVNE — This year's swaps so far:\n"
            "- 20 April 2025 (Orthodox Easter Sunday): 77 for 77.\n"
            "- 2 March 2025 (a Sunday): 31 for 31.\n",
            {"2025-04-20", "2025-03-02"},
        ),
        (
            "RIVNE — Russia and Ukraine exchanged 64 captives each on 7 September 2025 "
            "(a Sunday), officials said.",
            {"2025-09-07"},
        ),
    ],
)
def test_news_a_day_named_in_brackets_after_a_date_is_that_date(
    news: News, text: str, periods: set[str]
) -> None:
    assert news(text, published=THURSDAY).periods() == periods


@pytest.mark.parametrize(
    "text",
    [
        "RIVNE — Russia and Ukraine exchanged 64 captives each on Sunday.",
        "RIVNE — Russia and Ukraine exchanged 64 captives each on Sunday (19 October).",
    ],
)
def test_news_a_weekday_of_its_own_stays_a_date(news: News, text: str) -> None:
    assert news(text, published=THURSDAY).periods() == {"2025-10-19"}
