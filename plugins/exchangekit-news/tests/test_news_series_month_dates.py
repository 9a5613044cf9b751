"""A total over an uncounted series of handovers in a closed month stands as of that month."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Period


def test_news_series_in_a_past_month_dated_to_the_month(news: Callable[..., Any]) -> None:
    result = news(
        "In April, Moscow delivered 3,480 bodies to Kyiv in several stages and got back "
        "52 of its own, officials said."
    )
    got = {(t.receiver.code, str(t.as_of)) for t in result.tallies}
    assert ("UKR", str(Period.month(2025, 4))) in got


def test_news_series_stages_fronted_dated_to_the_month(news: Callable[..., Any]) -> None:
    # harder form: the month and the stages open the clause, the figure comes last
    result = news(
        "The minister recalled that in July, over multiple handovers, Russia had passed 2,915 "
        "bodies of Ukrainian soldiers to Ukraine."
    )
    (tally,) = result.tallies
    assert tally.as_of == Period.month(2025, 7)


def test_news_series_said_now_stays_current(news: Callable[..., Any]) -> None:
    # near miss: the speaker "says" the total now; it is current when told
    result = news(
        "Kyiv says 3,480 bodies were returned to Ukraine by Russia in several stages since April."
    )
    assert all(t.as_of != Period.month(2025, 4) for t in result.tallies)


def test_news_month_total_without_series_stays_current(news: Callable[..., Any]) -> None:
    # near miss: a bare "in April alone" gives the span, not the date the total stood
    result = news("In April alone, Russia returned 3,480 bodies to Ukraine, Kyiv said.")
    assert all(t.as_of != Period.month(2025, 4) for t in result.tallies)


@settings(max_examples=15, deadline=None)
@given(month=st.integers(min_value=1, max_value=9), count=st.integers(2_000, 9_000))
def test_news_series_month_never_after_publication(
    news: Callable[..., Any], month: int, count: int
) -> None:
    # invariant: a total dated by its month never stands later than the text that tells it
    name = Period.month(2025, month).start.strftime("%B")
    result = news(f"In {name}, Russia handed {count:,} bodies to Ukraine in several stages.")
    for tally in result.tallies:
        assert tally.as_of.end.isoformat() <= "2025-10-23"
        assert tally.as_of == Period.month(2025, month)
