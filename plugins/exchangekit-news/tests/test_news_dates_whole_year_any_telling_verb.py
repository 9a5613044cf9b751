"""The day a year's total was told dates the telling, whatever the verb of telling.

"In the whole of 2023, the ministry announced on Friday, 3,100 bodies came back": as with
"said", the day names when the figure was made public; the figure sums the year, so it
covers that year and stands at its end. With no year summed, a total told that day still
stands at the day of telling.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

_PUBLISHED = date(2024, 3, 14)  # a Thursday
_OPENING = "Ukraine took back 900 bodies from Russia last week, its officials said. "
_VERBS = ["said", "announced", "reported", "stated", "confirmed", "wrote"]


def _totals(news: Callable[..., Any], told: str) -> set[tuple[str, str, str]]:
    """(count, covers, as of) of every running total read after the opening sentence."""
    result = news(_OPENING + told, published=_PUBLISHED)
    return {(str(t.count), str(t.covers), str(t.as_of)) for t in result.tallies}


@settings(max_examples=12, deadline=None)
@given(verb=st.sampled_from(_VERBS), n=st.integers(min_value=1_500, max_value=9_000))
def test_news_whole_year_total_told_with_any_verb_is_the_years(
    news: Callable[..., Any], verb: str, n: int
) -> None:
    told = f"In the whole of 2023, the ministry {verb} on Tuesday, {n:,} bodies came back."
    assert _totals(news, told) == {(f"{n:,}", "2023-01-01/2023-12-31", "2023-12-31")}


@settings(max_examples=6, deadline=None)
@given(verb=st.sampled_from(_VERBS))
def test_news_whole_year_with_the_teller_last(news: Callable[..., Any], verb: str) -> None:
    told = f"Over the whole of 2023, Moscow sent back 2,650 bodies, the ministry {verb} on Tuesday."
    assert _totals(news, told) == {("2,650", "2023-01-01/2023-12-31", "2023-12-31")}


def test_news_total_without_a_year_summed_stays_at_the_telling(
    news: Callable[..., Any],
) -> None:
    # near miss: nothing sums a year, so the total is the war's up to Tuesday
    told = "In all, 7,300 bodies have come back since 2022, the ministry announced on Tuesday."
    assert {as_of for _, _, as_of in _totals(news, told)} == {"2024-03-12"}
