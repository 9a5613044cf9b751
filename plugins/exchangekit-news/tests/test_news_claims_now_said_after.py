"""A count "now" held, with the saying set off after it: "now" is the day of the saying.

"Kyiv now holds about 900 prisoners, its army chief said in May": the count stood in May,
when it was given, not on the day the story came out. A saying joined by "and" is a
clause of its own and dates nothing of the count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=12, max_value=9_000),
    month=st.sampled_from([("March", "2025-03"), ("May", "2025-05"), ("August", "2025-08")]),
    holder=st.sampled_from(["Ukraine now holds", "Kyiv is now holding"]),
    teller=st.sampled_from(["the army chief said", "its commander, a general, said"]),
)
def test_now_is_the_month_of_the_saying_set_off_after_the_count(
    news: News, n: int, month: tuple[str, str], holder: str, teller: str
) -> None:
    name, expected = month
    text = f"{holder} {n:,} Russian prisoners of war, {teller} in {name}."
    assert [str(c.as_of) for c in news(text).claims] == [expected]


def test_a_saying_in_a_clause_of_its_own_does_not_date_the_count(news: News) -> None:
    text = (
        "Ukraine now holds 1,200 Russian prisoners of war, and the army chief said in May "
        "that more exchanges would follow."
    )
    assert [str(c.as_of) for c in news(text).claims] == ["2025-10-23"]
