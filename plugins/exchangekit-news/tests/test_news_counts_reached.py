"""A desk's own sum of returns: "we arrive at N ... returned", "the statements add up to N".

"Arrive at" a figure, with "we" or a word for a count as its subject, reaches a count;
no one arrives. "Add up to" a figure states the sum, not an upper bound ("up to 300"
alone still caps a figure).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Qualifier

News = Callable[..., Any]
_END = date(2025, 12, 30)


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=1_001, max_value=9_999),
    lead=st.sampled_from(
        [
            "Summing Moscow's statements, we arrive at",
            "Our tally arrives at",
            "Taken together, the statements add up to",
            "The ministry's figures added up to",
        ]
    ),
)
def test_news_a_sum_reached_is_an_exact_total(news: News, n: int, lead: str) -> None:
    """Whatever the figure and wording, the sum is read exactly, with no bound."""
    read = news(f"{lead} {n:,} Russians returned this year.", published=_END)
    assert read.tally_keys_as_text() == {("UKR", "RUS", f"{n:,}")}
    assert [(t.count.best, t.count.qualifier) for t in read.tallies] == [(n, Qualifier.EXACT)]


def test_news_a_sum_reached_by_a_possessed_count(news: News) -> None:
    """Harder form: an opening aside, a possessed count as the subject, a hedged figure."""
    read = news(
        "Once every statement the ministry issued is taken into account, the desk's own "
        "count arrives at about 3,100 Ukrainians brought home since 2022.",
        published=_END,
    )
    assert [
        (t.sender.code, t.receiver.code, t.count.best, t.count.qualifier) for t in read.tallies
    ] == [("RUS", "UKR", 3_100, Qualifier.APPROXIMATE)]


def test_news_people_arriving_at_a_time_are_not_a_sum(news: News) -> None:
    """Near miss: bodies that "arrived at 5 a.m." arrive; the count is not read as a sum."""
    read = news("The 1,200 bodies arrived at 5 a.m. on Friday, Kyiv said.", published=_END)
    assert not read.tallies


def test_news_up_to_alone_still_caps_the_figure(news: News) -> None:
    """Near miss: "handed over up to 300 bodies" is at most 300."""
    read = news("Russia handed over up to 300 bodies on Friday.", published=_END)
    counts = [t.count for e in read.exchanges for t in e.transfers]
    assert counts
    assert all(c.qualifier is Qualifier.AT_MOST for c in counts)
