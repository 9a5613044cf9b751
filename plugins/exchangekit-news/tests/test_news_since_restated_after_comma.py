"""A day set off by a comma after a "since" start told in words restates that start.

"The swap is the first since the air strike a week ago, on 3 March" names one past
moment twice: the day after the comma is the start "since" counts from, not the day
of the swap the story tells, which keeps its own date. A day set off after a date
that is no start ("last Friday, 8 March") still dates the swap.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]

# published Sunday 10 March 2024; the swap is told as done that day
_PUBLISHED = date(2024, 3, 10)
_SWAP = (
    "KHARKIV, 10 March 2024 - Russia said 110 of its soldiers have been returned from "
    "Ukraine. In return, 110 Ukrainian prisoners of war were handed over.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The swap is the first since the air strike a week ago, on 3 March, on a prison "
        "camp in the east.",
        "The swap is the first since the air strike a week ago, on 3 March.",
        "It was the first exchange since talks broke down last Sunday, 3 March.",
    ],
)
def test_news_day_restating_a_since_start_leaves_the_swap_its_day(
    news: News, sentence: str
) -> None:
    assert news(_SWAP + sentence, published=_PUBLISHED).periods() == {"2024-03-10"}


def test_news_swap_dated_by_its_own_day_after_a_comma_still_is(news: News) -> None:
    text = (
        "KHARKIV, 10 March 2024 - Russia released 110 Ukrainian soldiers last Friday, "
        "8 March, and got 110 of its own servicemen back in return."
    )
    assert news(text, published=_PUBLISHED).periods() == {"2024-03-08"}
