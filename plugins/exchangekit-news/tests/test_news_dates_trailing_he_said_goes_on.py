"""A figure with ", he said" after it takes the day of the statement told just before.

"The minister said in an interview on Sunday that the front was holding. About 52,000
soldiers have been killed since 2022, he said, and 310,000 wounded": the attribution set
off after the clause goes on reporting Sunday's interview, as "He said" opening the
sentence would; "since 2022" starts the count and dates no telling. A present "he says"
is a telling of now, and keeps the story's day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]

_PUBLISHED = date(2025, 9, 16)  # a Tuesday
_SUNDAY = "2025-09-14"

_LEAD = "KYIV - The defence minister said in an interview on Sunday that the front was holding. "


@settings(max_examples=15, deadline=None)
@given(
    killed=st.integers(min_value=21, max_value=90).map(lambda k: k * 1000),
    pronoun=st.sampled_from(["he", "she"]),
    verb=st.sampled_from(["said", "added"]),
)
def test_news_a_trailing_pronoun_saying_takes_the_statement_day(
    news: News, killed: int, pronoun: str, verb: str
) -> None:
    """Whatever the figure, the pronoun and the past verb, the claim is as of Sunday."""
    result = news(
        f"{_LEAD}More than {killed:,} Ukrainian soldiers have been killed since February"
        f" 2022, {pronoun} {verb}.\n",
        published=_PUBLISHED,
    )
    days = result.claim_days_by_count()
    assert days[Count.parse(f"more than {killed:,}")] == _SUNDAY


def test_news_a_trailing_present_saying_keeps_the_story_day(news: News) -> None:
    """The near miss: "he says" tells the figure now, not in Sunday's interview."""
    result = news(
        f"{_LEAD}More than 52,000 Ukrainian soldiers have been killed since February 2022,"
        " he says.\n",
        published=_PUBLISHED,
    )
    assert result.claim_days_by_count()[Count.parse("more than 52,000")] == "2025-09-16"
