"""'Since the <event>' inside a relative clause on the people moved is their story, no span.

"Twelve residents of the Belgorod region who had been in Ukraine since the incursion
were handed back to Russia on Sunday": one handover on Sunday, not a running total
since the incursion.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=3, max_value=60),
    st.sampled_from(["the incursion", "the start of the offensive", "the raid"]),
)
def test_news_since_in_a_relative_on_the_people_dates_no_total(
    news: Callable[..., Any], count: int, event: str
) -> None:
    read = news(
        f"{count} residents of the Belgorod region who had been in Ukraine since {event}"
        " were handed back to Russia on Sunday.",
        published=date(2025, 4, 8),
    )
    assert not read.tallies
    legs = {
        (str(e.period), t.receiver.code, str(t.count)) for e in read.exchanges for t in e.transfers
    }
    assert legs == {("2025-04-06", "RUS", str(count))}


def test_news_since_in_a_longer_relative_after_an_opening(news: Callable[..., Any]) -> None:
    # the harder form: an opening phrase and a longer relative with its own date
    read = news(
        "In return, nine residents of the Kursk region who had stayed in Ukraine since the"
        " incursion of Ukrainian troops in August were handed back to Russia on Sunday.",
        published=date(2025, 4, 8),
    )
    assert not read.tallies
    assert [str(t.count) for e in read.exchanges for t in e.transfers] == ["9"]


def test_news_since_in_the_main_clause_is_still_a_total(news: Callable[..., Any]) -> None:
    # near miss: "since the invasion" dates the main clause, the figure is a running total
    read = news(
        "Since the invasion, 418 civilians who had been detained have been returned to Ukraine.",
        published=date(2025, 4, 8),
    )
    assert [str(t.count) for t in read.tallies] == ["418"]
