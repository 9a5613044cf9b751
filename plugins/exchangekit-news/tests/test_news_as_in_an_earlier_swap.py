"""A date in a comparison after the figure ("as in May", "as they did in March") is not its date.

"Both sides freed 120, as they had in March" compares the swap with an earlier one;
March is that one's month. The swap keeps its own date, or the day of the report when
it has none. A date the swap's own clause gives before the comparison still dates it.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange

PUBLISHED = date(2025, 7, 1)


def dates_of(text: str) -> dict[int, str]:
    """The date of every exchange read in ``text``, by the count of its first transfer."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=PUBLISHED, publisher="Desk"
    )
    return {
        item.transfers[0].count.best or 0: str(item.period)
        for item in items
        if isinstance(item, Exchange) and item.transfers
    }


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    month=st.sampled_from(["March", "April", "May"]),
    comparison=st.sampled_from(
        ["as they did in the previous exchange in", "as in", "just as they had in"]
    ),
)
def test_the_compared_month_does_not_date_the_swap(n: int, month: str, comparison: str) -> None:
    """Whatever the size and the month compared with, the swap is not dated to it."""
    text = f"Both sides released {n:,} prisoners, {comparison} {month}."
    found = dates_of(text)
    assert n in found
    assert found[n] == PUBLISHED.isoformat()


def test_the_own_day_before_the_comparison_dates_the_swap() -> None:
    """Near miss: the swap's own day, told before the comparison, stays its date."""
    text = "On Monday both sides freed 85 prisoners, as they had in April."
    assert dates_of(text)[85] == "2025-06-30"


def test_a_month_in_the_swaps_own_clause_dates_it() -> None:
    """Near miss: a month with no comparison before it is the swap's own."""
    text = "Both sides released 64 prisoners in May, the ministry said."
    assert dates_of(text)[64] == "2025-05"
