"""A count taken up again by "the figure" or "the count" as it passes a threshold.

"The figure had crossed the 50,000 mark on 3 May": "the figure" is the count of
losses claimed a few sentences before (or named in the sentence just before), so the
threshold is more than N of that side's losses of that kind; without such a claim
nothing says whose figure it is, and nothing is read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyCategory, Count

News = Callable[..., Any]
_PUB = date(2025, 9, 30)


def _claims(read: Any) -> set[tuple[str, CasualtyCategory, Count]]:
    return {(c.subject.code, c.category, c.count) for c in read.claims}


@settings(max_examples=15, deadline=None)
@given(n=st.sampled_from([100_000, 200_000, 500_000]), verb=st.sampled_from(["passed", "crossed"]))
def test_news_the_figure_passing_a_mark_takes_up_the_claim(news: News, n: int, verb: str) -> None:
    """The threshold is more than N of the losses claimed just before, whatever the verb."""
    text = (
        f"On Monday the defence ministry put Ukrainian losses at {n + 4_321:,}. "
        "Analysts doubt the number. "
        f"The figure had {verb} the {n:,} mark in the middle of September, the ministry said."
    )
    assert ("UKR", CasualtyCategory.TOTAL_LOSSES, Count.more_than(n)) in _claims(
        news(text, published=_PUB)
    )


def test_news_the_count_takes_up_the_losses_named_just_before(news: News) -> None:
    """Harder: no claim before, only one side's losses named; another side named after."""
    text = (
        'Kyiv issues a weekly figure for Russian "personnel losses". '
        "Last week the count passed the 700,000 mark, a milestone Kyiv celebrated."
    )
    assert _claims(news(text, published=_PUB)) == {
        ("RUS", CasualtyCategory.TOTAL_LOSSES, Count.more_than(700_000))
    }


def test_news_a_figure_with_nothing_claimed_before_is_not_read(news: News) -> None:
    """Near miss: no losses claimed or named before, so "the figure" is no one's toll."""
    text = (
        "Ticket sales at the museum rose again this year. "
        "The figure had passed the 50,000 mark by the end of August, the director said."
    )
    assert _claims(news(text, published=_PUB)) == set()
