"""A sum set off as an aside on the people a clause moved: ", about 900 in all,".

"The bodies handed back to Russia in March, about 900 in all, have been buried": the
aside sums the people of the participle clause before it, which says where they went;
with no side named, nothing is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

News = Callable[..., Any]


def test_a_sum_aside_after_a_return_to_a_side_is_a_tally(news: News) -> None:
    """The aside's sum goes the way the clause's "to Russia" says."""
    result = news("The bodies handed back to Russia in March, about 900 in all, have been buried.")
    rows = result.tally_rows()
    assert {(r[0], r[1], r[2]) for r in rows} == {("UKR", "RUS", PersonCategory.REMAINS)}
    assert all(r[3].best == 900 for r in rows)


def test_a_hedged_sum_aside_in_total(news: News) -> None:
    """Harder: "more than N in total" with its hedge, of remains brought to Ukraine."""
    result = news(
        "The fallen soldiers' remains brought to Ukraine over the summer, more than "
        "4,000 in total, are still being identified by forensic teams."
    )
    rows = result.tally_rows()
    assert {(r[0], r[1], r[2]) for r in rows} == {("RUS", "UKR", PersonCategory.REMAINS)}
    assert all(r[3].low == 4001 for r in rows)


def test_a_sum_aside_with_no_side_is_not_read(news: News) -> None:
    """Near miss: "returned in June, 500 in all," names no side; no direction is guessed."""
    result = news("The remains returned in June, 500 in all, are still being identified.")
    assert not result.tallies
    assert not result.exchanges


def test_a_sum_aside_of_things_is_not_read(news: News) -> None:
    """Near miss: parcels sent to a side are no people."""
    result = news("The parcels sent to Ukraine in March, about 900 in all, have been lost.")
    assert not result.tallies
    assert not result.exchanges


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=30, max_value=9000))
def test_the_aside_sum_is_read_as_written(news: News, n: int) -> None:
    """Whatever the number, the sum read is the number in the aside."""
    result = news(f"The bodies handed back to Russia in March, {n:,} in all, have been buried.")
    assert {r[3] for r in result.tally_rows()} == {Count.exact(n)}
