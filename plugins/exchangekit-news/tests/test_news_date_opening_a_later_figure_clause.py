"""A day opening a later clause with a figure of its own dates that clause, not the one before.

"Russia returned 900 bodies to Ukraine, and on 9 June it returned 120": the day after
", and" (or ";") opens the clause whose own figure it counts; the 900 before it are told
no day by it, so they are not put on 9 June. A day of the earlier clause's own, and a
later clause with no figure, keep their readings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

DatedLegs = Callable[[str, date], set[tuple[str, str, str, str]]]
PUBLISHED = date(2025, 6, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Russia returned 900 bodies to Ukraine, and on 9 June it returned 120.",
        "Russia handed 900 bodies back to Ukraine; on 9 June it handed back another 120.",
        "Moscow sent 900 bodies to Kyiv, but on 9 June Kyiv handed 31 to Moscow.",
    ],
)
def test_news_the_later_clauses_day_never_dates_the_figure_before(
    dated_legs: DatedLegs, text: str
) -> None:
    found = dated_legs(text, PUBLISHED)
    assert any(count == "900" for *_, count in found)
    assert all(day != "2025-06-09" for day, *_, count in found if count == "900")


def test_news_a_day_of_the_earlier_clause_still_dates_it(dated_legs: DatedLegs) -> None:
    # near miss: the first clause has its own day, which the later one does not take away
    text = "On 2 June Russia returned 900 bodies to Ukraine, and on 9 June it returned 120."
    assert ("2025-06-02", "RUS", "UKR", "900") in dated_legs(text, PUBLISHED)


def test_news_a_later_clause_with_no_figure_keeps_the_old_reading(
    dated_legs: DatedLegs,
) -> None:
    # near miss: "on 9 June the ICRC confirmed it" counts no one: no clause of its own figure
    text = "Russia returned 900 bodies to Ukraine, and on 9 June the ICRC confirmed the handover."
    assert ("2025-06-09", "RUS", "UKR", "900") in dated_legs(text, PUBLISHED)


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(min_value=200, max_value=1_500).filter(lambda n: not 1_800 <= n <= 2_100),
    later=st.integers(min_value=2, max_value=150),
    day=st.integers(min_value=3, max_value=19),
)
def test_news_no_later_clauses_day_moves_the_figure_before(
    dated_legs: DatedLegs, first: int, later: int, day: int
) -> None:
    text = f"Russia returned {first:,} bodies to Ukraine, and on {day} June it returned {later}."
    found = dated_legs(text, PUBLISHED)
    assert all(d != f"2025-06-{day:02d}" for d, *_, count in found if count == f"{first:,}")
