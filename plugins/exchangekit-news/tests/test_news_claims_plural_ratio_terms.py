"""The terms of ratios named in the plural ("ratios of two to one") count no one.

"Russian dead number about 200,000, with ratios of roughly two to one in Kyiv's
favour": the words "two" and "one" compare two tolls, as in "a ratio of two to one";
neither is a claim of killed, whichever side the sentence names.
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

_PUBLISHED = date(2025, 6, 20)
_TERMS = ["one", "two", "three", "four", "1", "2", "3"]


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(40, 400).map(lambda k: k * 1_000),
    head=st.sampled_from(["ratios", "proportions"]),
    first=st.sampled_from(_TERMS),
    second=st.sampled_from(_TERMS),
    tail=st.sampled_from(["", " or more", " or higher"]),
)
def test_news_plural_ratio_terms_are_no_claims(
    news: News, found: Found, n: int, head: str, first: str, second: str, tail: str
) -> None:
    read = news(
        f"The institute's best reading is that Russian dead number about {n:,}, with "
        f"{head} of roughly {first} to {second}{tail} in Ukraine's favour.",
        published=_PUBLISHED,
    )
    got = found(read)
    assert ("RUS", "killed", Count.parse(f"about {n:,}")) in got
    assert len(got) == 1


def test_news_ratios_after_a_range(news: News, found: Found) -> None:
    read = news(
        "Analysts think Russian dead number between 90,000 and 140,000, with "
        "ratios of about three to one or more in Kyiv's favour.",
        published=_PUBLISHED,
    )
    assert found(read) == {("RUS", "killed", Count.parse("between 90,000 and 140,000"))}


def test_news_singular_ratio_keeps_its_reading(news: News, found: Found) -> None:
    read = news(
        "Analysts think Russian dead number about 110,000, a ratio of two to one.",
        published=_PUBLISHED,
    )
    assert found(read) == {("RUS", "killed", Count.parse("about 110,000"))}
