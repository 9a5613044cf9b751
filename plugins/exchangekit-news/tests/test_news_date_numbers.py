"""The day and year of a date open no figure window of their own.

"On 6 May", "May 6", "in May 2024", "since 2022": with no word for people after it,
such a number counts nobody, so the figure scan passes it by without asking the
checks for counts of people. A number after a month with a word for people after
it ("In May, 25 soldiers came home") is still shown to the figure grammar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from exchangekit_news import _mentions as mentions_module
from exchangekit_news._mentions import lexicon
from exchangekit_news._tokens import split_sentences, tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import DEFAULT_REGISTRY, Count

News = Callable[..., Any]

_LEXICON = lexicon(iter(DEFAULT_REGISTRY))


def _finder(text: str) -> mentions_module._Finder:
    tokens = next(iter(split_sentences(tokenize(text))))
    return mentions_module._Finder(tokens, 0, len(tokens), text, _LEXICON)


def _counts(text: str) -> list[Count]:
    return [f.amount for f in _finder(text).figures() if f.noun is not None]


def _number_position(finder: mentions_module._Finder, word: str) -> int:
    return next(i for i, token in enumerate(finder.tokens) if token.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("On 14 March the two sides swapped prisoners.", "14"),
        ("The swap took place on March 14, officials said.", "14"),
        ("The last handover was in April 2023.", "2023"),
        ("Talks have stalled since 2022.", "2022"),
    ],
)
def test_a_day_or_year_beside_its_month_is_a_date_number(text: str, word: str) -> None:
    finder = _finder(text)
    assert finder._date_number(_number_position(finder, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kyiv said 14 prisoners came home.", "14"),
        ("The swap freed 2,023 people.", "2,023"),
        ("In March, 45 of them were freed.", "45"),
    ],
)
def test_a_count_away_from_any_month_is_no_date_number(text: str, word: str) -> None:
    finder = _finder(text)
    assert not finder._date_number(_number_position(finder, word))


def test_the_count_beside_the_date_is_still_read() -> None:
    assert _counts("On 14 March Kyiv got back 63 soldiers.") == [Count.exact(63)]
    assert _counts("On March 14, 2024 Ukraine brought home 63 soldiers.") == [Count.exact(63)]


def test_a_number_after_a_month_with_people_after_it_keeps_its_reading() -> None:
    # near misses: a comma parts the month from the count; without it "May 25" may be
    # the date, and the figure grammar refuses the count, as it did before
    assert _counts("In May, 25 soldiers came home.") == [Count.exact(25)]
    assert _counts("In May 25 soldiers came home.") == []


@settings(max_examples=100, deadline=None)
@given(
    st.integers(1, 31),
    st.sampled_from(["January", "May", "October"]),
    st.integers(1800, 2100),
    st.integers(2, 99_999),
)
def test_skipping_date_numbers_changes_no_figure(day: int, month: str, year: int, n: int) -> None:
    texts = [
        f"On {day} {month} {year} Russia returned {n:,} soldiers to Ukraine.",
        f"Kyiv said {n:,} bodies came back on {month} {day}, {year}.",
        f"In {month} {day} prisoners were freed, and {n:,} more since {year}.",
    ]
    for text in texts:
        quick = _finder(text).figures()
        plain = _finder(text)
        plain._date_number = lambda k: False  # type: ignore[method-assign]
        assert quick == plain.figures()


@pytest.mark.parametrize("digits", [4_301, 20_000])
def test_news_a_number_too_long_for_int_is_no_day(news: News, digits: int) -> None:
    """A run of thousands of digits (too long for int()) is no day, and no crash."""
    result = news("1" * digits)
    assert not result.errors
