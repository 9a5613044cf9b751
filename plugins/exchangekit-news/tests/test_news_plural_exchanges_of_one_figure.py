"""A side's plural "exchanges of N" or "swaps of N" with one figure and no span of a total.

"Kyiv said it had held exchanges of 1,300 of its soldiers on 12 May.": a plural noun of
handovers names several events, and one figure over them says neither how it splits
between them nor which of them fell on the day given. It is no handover on that day (nor
on the day of writing); with a span ("since 2022") it is the side's running total, as
before. A singular "an exchange of N", or a counted "two exchanges of N each", keeps its
reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kyiv said it had held exchanges of 1,300 of its soldiers on 12 May.", "1,300"),
        ("Moscow says it carried out swaps of 860 Russian servicemen on 4 August.", "860"),
        ("On 2 July, Ukraine said, there were exchanges of 470 Ukrainians.", "470"),
        ("Kyiv said it had held exchanges of 1,300 of its soldiers.", "1,300"),
    ],
)
def test_plural_exchanges_of_one_figure_are_no_handover(news: News, text: str, count: str) -> None:
    """The figure over several swaps is moved on no one day."""
    assert Count.parse(count) not in news(text).moved_counts()


def test_with_a_span_it_stays_the_sides_total(news: News) -> None:
    """A span makes the same figure the side's running total."""
    result = news("Kyiv says it has held swaps of 1,730 Ukrainians since 2022.")
    assert ("RUS", "UKR", Count.parse("1,730")) in result.tally_keys()
    assert not result.exchanges


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said it had held an exchange of 1,300 of its soldiers on 12 May.",
        "Kyiv said it had held two exchanges of 1,300 of its soldiers each on 12 May.",
    ],
)
def test_one_exchange_or_counted_sizes_keep_their_reading(news: News, text: str) -> None:
    """A singular exchange, or a size given for each counted one, is still moved."""
    assert Count.parse("1,300") in news(text).moved_counts()


@given(n=st.integers(min_value=30, max_value=9_000).filter(lambda n: not 1800 <= n <= 2100))
@settings(max_examples=15, deadline=None)
def test_any_figure_over_plural_exchanges(news: News, n: int) -> None:
    """Whatever the figure, plural exchanges of it on one day move no one."""
    text = f"Kyiv said it had held exchanges of {n:,} of its soldiers on 12 May."
    assert Count.parse(f"{n:,}") not in news(text).moved_counts()
