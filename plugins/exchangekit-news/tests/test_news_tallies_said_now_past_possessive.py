"""A total told in the present after a possessive day that names one swap stands now.

"Officials call Sunday's the 40th, and say that 2,100 have come home since the war
began": the possessive names one exchange; the total is what they say today, so it
stands on the story's day and covers the war since its start. Where the swap itself
raises the total ("Sunday's swap brings the total to 2,100") the total stands on the
swap's day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_TOLD = date(2025, 6, 12)  # a Thursday


def _totals(read: Any) -> list[tuple[str, str, str, str]]:
    return [
        (str(t.as_of), str(t.covers.start), str(t.covers.end), str(t.count)) for t in read.tallies
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Officials call Sunday's the 40th, and say that 2,100 Ukrainians have come home "
        "since the war began.",
        # harder form: the speaker first, a present verb twice, the exchange noun said
        "Kyiv says Sunday's handover was the 40th of the war and says that since 2022 some "
        "2,100 of its people have been freed.",
    ],
)
def test_news_a_present_total_after_a_possessive_stands_now(news: News, text: str) -> None:
    read = news(text, published=_TOLD)
    assert [(a, s, e) for a, s, e, _ in _totals(read)] == [
        ("2025-06-12", "2022-02-24", "2025-06-12")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the swap raised the total; it stands on the swap's day
        "Sunday's swap brings the total of Ukrainians freed since the war began to 2,100.",
        # near miss: the saying set off, no "that"; the swap's day still dates it
        "Sunday's swap, officials say, brought the number of Ukrainians freed since the "
        "war began to 2,100.",
    ],
)
def test_news_a_total_the_possessive_swap_raised_stands_on_its_day(news: News, text: str) -> None:
    read = news(text, published=_TOLD)
    assert [(a, s) for a, s, _, _ in _totals(read)] == [("2025-06-08", "2022-02-24")]
