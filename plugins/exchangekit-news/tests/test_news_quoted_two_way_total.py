"""A go-between's two-way total whose people are quoted is still read past the quote.

'the minister said his country had helped free "more than 900 people" from both
sides since the war began': the closing quote stands between the people and "from
both sides", which still says the figure counts both ways together. The same
figure without "both sides" names no way at all and is not read as a two-way sum.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

Read = Callable[..., Any]

_PUBLISHED = date(2025, 9, 3)


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("\u201c", "\u201d")])
def test_news_a_quoted_two_way_total_is_read_for_both_sides(
    news: Read, opening: str, closing: str
) -> None:
    result = news(
        "Qatar's foreign minister said on Tuesday that Qatar had a hand in the release "
        f"of {opening}more than 900 people{closing} from both sides since the war began.",
        published=_PUBLISHED,
    )
    assert [(t.receiver.code, t.count) for t in result.tallies] == [
        ("RUS+UKR", Count.more_than(900))
    ]


def test_news_a_quoted_figure_with_no_sides_after_it_is_no_two_way_total(news: Read) -> None:
    result = news(
        "Qatar's foreign minister said on Tuesday that Qatar had a hand in the release "
        'of "more than 900 people" since the war began.',
        published=_PUBLISHED,
    )
    assert all("+" not in t.receiver.code for t in result.tallies)


@given(n=st.integers(min_value=100, max_value=9_000))
def test_news_the_quote_never_changes_the_two_way_total(news: Read, n: int) -> None:
    plain = news(
        "Qatar's foreign minister said on Tuesday that Qatar had a hand in the release "
        f"of {n:,} people from both sides since the war began.",
        published=_PUBLISHED,
    )
    quoted = news(
        "Qatar's foreign minister said on Tuesday that Qatar had a hand in the release "
        f'of "{n:,} people" from both sides since the war began.',
        published=_PUBLISHED,
    )
    assert [t.count for t in quoted.tallies] == [t.count for t in plain.tallies]
