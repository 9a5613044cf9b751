"""An exchange "at the weekend" told as done on that weekend's Saturday came on the Saturday.

"60 soldiers came home at the weekend, in a swap Kyiv announced on Saturday evening":
what was announced as done on the Saturday cannot have come on the Sunday after, so
the weekend narrows to its first day. Told on the Sunday, it may be either day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
MONDAY = date(2025, 5, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Sixty Ukrainian soldiers came home at the weekend, in a swap that Kyiv announced on "
        "Saturday evening.",
        "Sixty Ukrainian soldiers came home at the weekend, the ombudsman said on Saturday.",
        "Over the weekend, 60 Ukrainian soldiers were freed, officials said on Saturday.",
    ],
)
def test_news_weekend_told_on_saturday_is_saturday(news: News, text: str) -> None:
    assert news(text, published=MONDAY).periods() == {"2025-05-10"}


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: told on the Sunday, or with no day of telling, it is the weekend
        "Sixty Ukrainian soldiers came home at the weekend, the ombudsman said on Sunday.",
        "Sixty Ukrainian soldiers came home at the weekend.",
    ],
)
def test_news_weekend_told_later_stays_the_weekend(news: News, text: str) -> None:
    assert news(text, published=MONDAY).periods() == {"2025-05-10/2025-05-11"}
