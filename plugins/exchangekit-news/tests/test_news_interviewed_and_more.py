"""People a report talked to, listed after "and", are its sample too.

"Monitors interviewed 40 soldiers freed in the swaps, and 12 Russian POWs held in Ukraine":
the second group is the object of "interviewed" as the first is, so neither is a handover.
A group with a verb of its own after "and" is a clause of its own and is still read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2025, 8, 1)


def test_news_the_second_interviewed_group_is_no_handover(news: News) -> None:
    text = (
        "In July, the monitors interviewed 40 Ukrainian prisoners of war released in the"
        " swaps of the month, and 12 Russian prisoners of war held by Ukraine."
    )
    assert not news(text, published=_DAY).exchanges


def test_news_a_clause_of_its_own_after_and_is_read(news: News) -> None:
    """Near miss: "and 12 ... were released" has its own verb, a handover told."""
    text = (
        "In July, the monitors interviewed 40 Ukrainian prisoners of war, and 12 Russian"
        " prisoners of war were released by Ukraine."
    )
    assert 12 in {t.count.best for e in news(text, published=_DAY).exchanges for t in e.transfers}


@given(n=st.integers(min_value=2, max_value=300))
@settings(max_examples=8, deadline=None)
def test_news_no_size_makes_the_sample_a_handover(news: News, n: int) -> None:
    text = (
        f"The mission interviewed 25 civilians freed from captivity, and {n} Russian"
        " prisoners of war held in Ukraine."
    )
    assert not news(text, published=_DAY).exchanges
