"""A live blog's time stamp standing alone on its line, above the entry it opens.

Some blogs set the time ("21:42") on a line of its own after a dated heading. The
line states nothing; reading it must neither fail nor lose what the entries under it
say.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange

News = Callable[..., Any]
WEDNESDAY = date(2024, 1, 3)


def _blog(stamp: str, count: str) -> str:
    return (
        "Live: prisoner exchange under way\n\n"
        "January 3, 2024\n\n"
        f"{stamp}\n\n"
        f"Kyiv's coordination headquarters, in a short post, said {count} Ukrainian "
        "servicemen were back on home soil.\n\n"
        "20:15\n\n"
        "Buses were seen crossing the border earlier in the evening.\n"
    )


def test_news_a_stamp_alone_on_its_line_opens_its_entry(news: News) -> None:
    assert news(_blog("21:42", "230"), published=WEDNESDAY).dated_ways() == {
        ("2024-01-03", "RUS", "UKR", "230"),
    }


def test_news_only_stamps_and_headings_read_nothing_and_do_not_fail() -> None:
    # near miss: nothing but stamps and a date heading, no figure at all
    text = "21:42\n\nJanuary 3, 2024\n\n21:42\n\n20:15\n"
    items = list(NewsParser().parse(io.StringIO(text), source="blog.txt", published=WEDNESDAY))
    assert not [i for i in items if isinstance(i, Exchange)]


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=0, max_value=23),
    st.integers(min_value=0, max_value=59),
    st.integers(min_value=2, max_value=999),
)
def test_news_any_stamp_alone_keeps_the_entry_count(
    news: News, hour: int, minute: int, n: int
) -> None:
    exchanges = news(_blog(f"{hour:02d}:{minute:02d}", f"{n:,}"), published=WEDNESDAY).exchanges
    counts = {t.count for e in exchanges for t in e.transfers}
    assert counts == {Count.exact(n)}
