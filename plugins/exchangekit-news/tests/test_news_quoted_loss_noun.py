"""A loss noun set in quotation marks is still the figure's noun.

Writers put an official's term in quotes to keep their distance from it: 'the count
passed 800,000 Russian "personnel losses"'. The marks say whose word it is, not that the
noun group ended; the figure counts those losses, and a later "put the total at" goes on
counting them. A quotation that holds more than the noun (a clause, a remark) is no noun
of the figure's and leaves it as it was read before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]
_DAY = date(2025, 8, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Kyiv\'s military on Tuesday went past 900,000 Russian "personnel losses", '
            "a term that takes in the dead and the wounded.",
            {("RUS", "total_losses", Count.more_than(900_000))},
        ),
        (
            "The General Staff said the enemy had suffered 640,000 Russian \u201closses\u201d "
            "since the invasion.",
            {("RUS", "total_losses", Count.exact(640_000))},
        ),
        (
            'Moscow claimed 480,000 Ukrainian "personnel losses" by the end of the year.',
            {("UKR", "total_losses", Count.exact(480_000))},
        ),
    ],
)
def test_news_a_quoted_loss_noun_counts_the_side_s_losses(
    news: News, found: Found, text: str, expected: set[tuple[str, str, Count]]
) -> None:
    """The quoted noun is the head of the figure's noun group: a claim of that side's losses."""
    assert found(news(text, published=_DAY)) == expected


def test_news_the_total_after_a_quoted_loss_noun_is_a_loss_claim(news: News, found: Found) -> None:
    """A later 'put the total at' of the same teller goes on with the quoted losses."""
    text = (
        'Ukraine\'s General Staff on 3 May passed 700,000 Russian "personnel losses". '
        "By August the General Staff put the total at about 760,000."
    )
    read = news(text, published=_DAY)
    assert read.tallies == []
    assert found(read) == {
        ("RUS", "total_losses", Count.more_than(700_000)),
        ("RUS", "total_losses", Count.approx(760_000)),
    }


def test_news_a_quoted_clause_after_a_figure_is_no_noun_of_it(news: News) -> None:
    """Near miss: a quotation holding a remark, not a noun, gives the figure no losses."""
    text = 'The ministry said 300 Russian "would never see home again", without saying more.'
    assert news(text, published=_DAY).claims == []


@given(n=st.integers(min_value=10_000, max_value=2_000_000))
def test_news_quoted_losses_keep_their_count(news: News, found: Found, n: int) -> None:
    """Whatever the number, the quoted losses are read with it, unchanged."""
    text = f'Kyiv said on Monday it had counted {n:,} Russian "personnel losses" so far.'
    assert found(news(text, published=_DAY)) == {("RUS", "total_losses", Count.exact(n))}
