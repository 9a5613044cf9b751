""" "That swap" opening an undated sentence is the exchange the sentence before named by its day.

"Officials said in March that 2,900 had come home, 140 of them in the exchange on
March 6. That swap, the 49th, also saw Russia take back 130 of its men": the 130 went
on March 6, not on the day the story ran.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]
PUBLISHED = date(2024, 4, 20)

BEFORE = (
    "The headquarters said in March that thousands were still held, and that 2,900 had "
    "come home since 2022, among them 140 in the exchange on March 6. "
)


def test_news_that_swap_takes_the_day_named_before(news: News) -> None:
    text = BEFORE + "That swap, the 49th of the war, also saw Russia take back 130 of its men."
    assert ("2024-03-06", "UKR", "RUS", "130") in news(text, published=PUBLISHED).dated_ways()


def test_news_a_swap_not_pointed_back_to_keeps_no_such_day(news: News) -> None:
    # near miss: "A swap" opens no reference back; nor does a sentence with a date of its own
    text = BEFORE + "A later swap, on April 18, saw Russia take back 130 of its men."
    assert ("2024-03-06", "UKR", "RUS", "130") not in news(text, published=PUBLISHED).dated_ways()
