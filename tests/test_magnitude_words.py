"""Vague figures keep their words when printed: "tens of thousands (20,000–99,999)"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count, CountSemantics, Qualifier, strategies
from exchangekit.figures import magnitude_phrase

PHRASES = [
    "dozens",
    "scores",
    "tens",
    "hundreds",
    "thousands",
    "tens of thousands",
    "hundreds of thousands",
    "millions",
    "tens of millions",
    "hundreds of millions",
    "billions",
]


@given(st.sampled_from(PHRASES), st.integers(min_value=1, max_value=4))
def test_words_come_back_from_the_count_under_the_semantics_that_read_them(
    phrase: str, floor: int
) -> None:
    semantics = CountSemantics(magnitude_floor=floor)
    count = Count.parse(phrase, semantics=semantics)
    assert magnitude_phrase(count, semantics=semantics) == phrase


@pytest.mark.parametrize("phrase", PHRASES)
def test_printed_vague_figure_shows_its_words_beside_its_interval(phrase: str) -> None:
    count = Count.parse(phrase)
    assert count.high is not None
    assert str(count) == f"{phrase} ({count.low:,}–{count.high:,})"


def test_tens_of_thousands_as_the_issue_writes_it() -> None:
    assert str(Count.parse("tens of thousands")) == "tens of thousands (20,000–99,999)"


@given(strategies.counts())
def test_only_orders_of_magnitude_have_words(count: Count) -> None:
    words = magnitude_phrase(count)
    if count.qualifier is not Qualifier.ORDER_OF_MAGNITUDE:
        assert words is None
    if words is not None:
        assert str(count).startswith(words + " (")
        assert Count.parse(words) == count


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_an_interval_no_phrase_reads_as_prints_plainly(a: int, b: int) -> None:
    low, high = sorted((a, b))
    count = Count.order_of_magnitude(low, high)
    words = magnitude_phrase(count)
    if words is None:
        assert str(count) in (f"{low:,}–{high:,}", f"{low:,}")
    else:
        assert Count.parse(words).high == high


def test_words_do_not_change_equality_or_the_interval() -> None:
    plain = Count.order_of_magnitude(20_000, 99_999)
    assert Count.parse("tens of thousands") == plain
    assert hash(Count.parse("tens of thousands")) == hash(plain)
