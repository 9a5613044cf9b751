"""A tally kept "daily" whose figure runs from a start: "the daily tally ... since 2022".

"The daily tally, it says, now stands at more than 1,075,000 since February 2022": the
tally is updated day by day, and "since" makes its figure the running total of losses.
Without a start ("the daily tally stood at 1,140 on Thursday") the figure may be one
day's, and the rule leaves it alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 8, 29)
_LEAD = "Ukraine's army command put Russian losses this week at 6,200. "


@settings(max_examples=20, deadline=None)
@given(
    total=st.integers(700, 1_200).map(lambda k: k * 1000),
    head=st.sampled_from(["The daily tally", "Its daily tally", "The daily total"]),
    aside=st.sampled_from(["", ", it says,"]),
)
def test_news_a_daily_tally_since_a_start_is_the_running_total(
    news: News, found: Found, total: int, head: str, aside: str
) -> None:
    text = _LEAD + f"{head}{aside} now stands at more than {total:,} since February 2022."
    assert ("RUS", "total_losses", Count.more_than(total)) in found(
        news(text, published=_PUBLISHED)
    )


def test_news_a_daily_count_grown_since_the_invasion(news: News, found: Found) -> None:
    """The harder form: the tally's side inside it, "has reached", the start as a clause."""
    text = (
        "Kyiv's army command publishes its figures every morning. Its daily count of "
        "Russian losses has reached 1,040,000 since the invasion began."
    )
    assert ("RUS", "total_losses", Count.exact(1_040_000)) in found(
        news(text, published=_PUBLISHED)
    )


def test_news_a_daily_tally_without_a_start_is_not_read_as_a_total(
    news: News, found: Found
) -> None:
    """The near miss: no "since", so the figure may be one day's and is left unread."""
    text = _LEAD + "The daily tally, it says, stood at 1,140 on Thursday."
    assert {c for c in found(news(text, published=_PUBLISHED)) if c[2].low == 1_140} == set()


@settings(max_examples=16, deadline=None)
@given(
    record=st.sampled_from(["highest", "lowest", "largest", "worst", "heaviest"]),
    owner=st.sampled_from(["the", "its"]),
    start=st.sampled_from(["March", "the spring", "late 2024"]),
)
def test_news_a_daily_figure_that_is_the_most_since_a_date_stays_one_days(
    news: News, found: Found, record: str, owner: str, start: str
) -> None:
    """A "since" that dates a record, not the tally, leaves one day's figure unread."""
    text = _LEAD + f"The daily tally reached 1,230 on Monday, {owner} {record} since {start}."
    assert {c for c in found(news(text, published=_PUBLISHED)) if c[2].low == 1_230} == set()


def test_news_a_since_in_another_clause_does_not_make_a_daily_figure_a_total(
    news: News, found: Found
) -> None:
    """The start told in a clause of its own ("and has not been higher since") is no tally's."""
    text = _LEAD + "Its daily count was 1,310 on Tuesday, and it has not been higher since May."
    assert {c for c in found(news(text, published=_PUBLISHED)) if c[2].low == 1_310} == set()


def test_news_a_daily_tally_with_its_start_before_the_figure(news: News, found: Found) -> None:
    """The start right after the tally's head: "the daily tally since the invasion stands at"."""
    text = _LEAD + "The daily tally since February 2022 now stands at 1,090,000."
    assert ("RUS", "total_losses", Count.exact(1_090_000)) in found(
        news(text, published=_PUBLISHED)
    )
