"""A figure "while" sets against a total over "the same period" is no exchange of its own.

"Over the same period, ... more than 4,000 bodies were brought back to Ukraine, while,
in Moscow's account, the remains of 51 soldiers were handed to Russia": the 51 sum the
same span the other way. Read as one handover, it was dated by the first day the
sentence before named. Nothing is read for it; a figure in a sentence of its own, with
its own day, is still that day's handover.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

PUBLISHED = date(2025, 4, 10)
BEFORE = (
    "The monitors said that between 2 and 27 March several handovers had taken place "
    "in stages whose sizes were not published. "
)


def test_news_while_against_same_period_total_is_no_exchange(news: Callable[..., Any]) -> None:
    read = news(
        BEFORE + "Over the same period, according to Kyiv, the bodies of more than 4,000 "
        "people were brought back to Ukraine, while, in Moscow's account, the remains of "
        "51 soldiers were handed to Russia.",
        published=PUBLISHED,
    )
    assert not any(count == "51" for *_, count in read.legs_as_text())


def test_news_own_day_after_period_total_is_a_handover(news: Callable[..., Any]) -> None:
    # near-miss: the 51 stand in a sentence of their own, dated by their own day
    read = news(
        BEFORE + "Over the same period, the bodies of more than 4,000 people were returned "
        "to Ukraine. On 30 March, while talks went on, Russia received the remains of 51 "
        "soldiers.",
        published=PUBLISHED,
    )
    assert ("2025-03-30", "UKR", "RUS", "remains", "51") in read.period_legs()
