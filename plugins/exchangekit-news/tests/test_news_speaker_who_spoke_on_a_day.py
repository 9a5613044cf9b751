"""A relative clause on the speaker that tells the day of speaking dates what was said.

"The ombudsman, who spoke to reporters on December 12, said 1,000 had come home during
2022" tells the statement's day as "said on December 12 that ..." does: the total stands
as of that day, not as of the year's end or the day the article was published.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def _tallies(news: News, text: str) -> set[tuple[str, str, Count]]:
    """(receiver, as-of day, count) of every tally read in ``text`` published 5 Jan 2023."""
    return {
        (t.receiver.code, str(t.as_of), t.count)
        for t in news(text, published=date(2023, 1, 5)).tallies
    }


@pytest.mark.parametrize(
    "speaker",
    [
        "The commissioner, who spoke to reporters on December 12,",
        "Moskalkova, who talked to journalists on December 12,",
        "The ombudsman, who told a briefing on December 12,",
    ],
)
def test_news_the_speakers_day_in_a_relative_clause_dates_the_total(
    news: News, speaker: str
) -> None:
    text = f"{speaker} said more than 1,000 Russians had been returned from captivity during 2022."
    assert _tallies(news, text) == {("RUS", "2022-12-12", Count.more_than(1_000))}


def test_news_a_relative_clause_of_another_act_does_not_date_the_total(news: News) -> None:
    # the clause tells the speaker's own past, not the day of saying: left to the year
    text = (
        "The commissioner, who was appointed on March 3, said more than 1,000 Russians "
        "had been returned from captivity during 2022."
    )
    assert {a for _, a, _ in _tallies(news, text)} != {"2022-03-03"}


@settings(max_examples=20, deadline=None)
@given(n=st.integers(min_value=2_101, max_value=90_000), day=st.integers(min_value=1, max_value=28))
def test_news_a_speakers_day_always_dates_the_total(news: News, n: int, day: int) -> None:
    text = (
        f"The commissioner, who spoke to reporters on December {day}, said "
        f"{n:,} Russians had been returned from captivity during 2022."
    )
    assert _tallies(news, text) == {("RUS", f"2022-12-{day:02d}", Count.exact(n))}
