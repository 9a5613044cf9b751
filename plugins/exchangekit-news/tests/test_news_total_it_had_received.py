"""A running total told as "the total (number) it had received since ...", no noun of people.

"The total it had received since March had passed 9,000": the relative clause's
pronoun stands for the side whose office is speaking, and a verb of receiving makes
the total that side's homecomings, of the kind its handovers were told in. "Freed"
and "returned" after a pronoun may be sending or bringing home, so they give no total.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

PUBLISHED = date(2025, 11, 20)


def _tallies(read: Any) -> set[tuple[str, str, str, Count]]:
    return {(t.sender.code, t.receiver.code, t.category.value, t.count) for t in read.tallies}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Ukraine got back 900 bodies on 6 November. The Coordination Headquarters "
            "said the total it had received since March had now passed 9,300.",
            Count.more_than(9_300),
        ),
        (
            "On 6 November Kyiv received 900 bodies and Moscow 30, the Coordination "
            "Headquarters said, adding that the total it has received since March is 9,300.",
            Count.exact(9_300),
        ),
        (
            "Ukraine got back 900 bodies on 6 November. The Coordination Headquarters "
            "said the number that it had received since March had topped 9,300.",
            Count.more_than(9_300),
        ),
    ],
)
def test_news_the_total_a_pronoun_had_received_is_that_sides_tally(
    news: Callable[..., Any], text: str, count: Count
) -> None:
    assert ("RUS", "UKR", "remains", count) in _tallies(news(text, published=PUBLISHED))


@pytest.mark.parametrize("verb", ["freed", "returned"])
def test_news_a_pronoun_that_freed_or_returned_gives_no_total(
    news: Callable[..., Any], verb: str
) -> None:
    text = (
        "Ukraine got back 90 prisoners on 6 November. The Coordination Headquarters "
        f"said the total it had {verb} since March had now passed 4,300."
    )
    assert _tallies(news(text, published=PUBLISHED)) == set()


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=1_000, max_value=90_000).filter(lambda n: not 1800 <= n <= 2100))
def test_news_the_total_received_is_the_number_told(news: Callable[..., Any], n: int) -> None:
    text = (
        "Ukraine got back 900 bodies on 6 November. The Coordination Headquarters "
        f"said the total it had received since March had now reached {n:,}."
    )
    assert _tallies(news(text, published=PUBLISHED)) == {("RUS", "UKR", "remains", Count.exact(n))}
