"""The hedge "somewhat" before a bound: "somewhat more than 27,000" is a "more than".

Like "slightly" or "a little", "somewhat" says only how close to its bound a figure
lies, never on which side, so the figure reads as the bound. Every passage was
written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]


def test_news_somewhat_more_than_is_more_than() -> None:
    assert Count.parse("somewhat more than 27,000") == Count.more_than(27_000)


def test_news_somewhat_fewer_than_is_fewer_than() -> None:
    assert Count.parse("somewhat fewer than 500") == Count.fewer_than(500)


def test_news_somewhat_more_than_in_a_claim(news: News, found: Found) -> None:
    text = "A volunteer project had named somewhat more than 31,000 Russian soldiers killed."
    assert {c for *_, c in found(news(text))} == {Count.more_than(31_000)}


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=10, max_value=900_000), st.sampled_from(["over", "more than"]))
def test_news_somewhat_keeps_the_bound(n: int, bound: str) -> None:
    assert Count.parse(f"somewhat {bound} {n:,}") == Count.parse(f"{bound} {n:,}")
