"""People "on a list" are the list's entries: a list handed over moves no one.

"The return of about 300 children on a list Kyiv handed over in December was discussed":
the verb's object is the list, not the children, so no handover of children is read. The
same holds for "the names on the register" and people "on its list". A figure whose
"on" opens a day ("40 children on Friday") is no such entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "In December Kyiv handed about 300 children on a list to the Qatari mediators.",
            "around 300",
        ),
        (
            "Ukraine gave Moscow 1,200 prisoners on its list last week, a negotiator said.",
            "1,200",
        ),
        (
            "Russia passed 75 civilians on the register to the Red Cross in May, the "
            "ombudsman said.",
            "75",
        ),
    ],
)
def test_people_on_a_list_are_not_moved(news: News, text: str, count: str) -> None:
    """The list changes hands; the people on it are not a handover."""
    assert Count.parse(count) not in news(text).moved_counts()


def test_on_a_day_is_no_list(news: News) -> None:
    """ "40 children on Friday" is a handover dated by its day, as before."""
    result = news("Russia handed over 40 children on Friday, the ombudsman said.")
    assert Count.parse("40") in result.moved_counts()


@given(n=st.integers(min_value=2, max_value=5000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=15, deadline=None)
def test_any_count_on_a_list_is_not_moved(news: News, n: int) -> None:
    """Whatever the count, people on a list handed over are not moved."""
    text = f"Kyiv handed over {n:,} prisoners on a list to Moscow in December."
    assert Count.parse(f"{n:,}") not in news(text).moved_counts()
