"""A running total's part of one kind set off by "including" is a breakdown, not a total.

"6,700 Ukrainians had come home since the invasion, including 390 civilians": the whole
is the total told; the civilians are counted inside it. A part with a span of its own
("including 6,000 in June alone") stays a shorter span's total.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count, PersonCategory

News = Callable[..., Any]
_DAY = date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Speaking on national television on Saturday, the ombudsman said that, with "
            "Friday's swap, 6,702 Ukrainians had returned home since the start of the "
            "full-scale invasion, including 388 civilians.",
            Count.exact(6_702),
        ),
        (
            "By the headquarters' count, more than 6,700 of its citizens have now been "
            "brought back from Russian captivity since 2022, including 412 women, a "
            "spokeswoman said.",
            Count.more_than(6_700),
        ),
    ],
)
def test_news_a_kind_included_in_a_total_is_not_a_total_of_its_own(
    news: News, text: str, whole: Count
) -> None:
    result = news(text, published=_DAY)
    assert [(t.receiver.code, t.count) for t in result.tallies] == [("UKR", whole)]


def test_news_a_share_of_a_shorter_span_after_including_stays_a_total(news: News) -> None:
    """Near miss: "including 6,000 in June alone" has its own span, so it is kept."""
    result = news(
        "Ukraine has received more than 15,000 bodies since the invasion began, including "
        "6,000 in June alone, officials said.",
        published=date(2025, 9, 30),
    )
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.exact(6_000)) in result.tally_rows()
