"""One table of ordinal words, read alike however a rank is written.

"its seventy-second exchange" and "its 72nd exchange" tell the same number of exchanges:
every rule that reads an ordinal word (a rank, a day of the month, a place in a list)
takes its view of the one table of ordinal values, so a rank in words and in digits must
give the same count, from the second up to the ninety-ninth.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit_news import _lexicon as lx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
_THURSDAY = date(2025, 10, 23)

# The test's own spelling of ordinals, kept apart from the parser's table.
_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = [
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _in_words(n: int) -> str:
    """``n`` (1 to 99) as an ordinal in words: "seventy-second"."""
    tens, unit = divmod(n, 10)
    if tens == 0:
        return _UNITS[unit]
    if tens == 1:
        return _TEENS[unit]
    if unit == 0:
        return _TENS[tens][:-1] + "ieth"
    return f"{_TENS[tens]}-{_UNITS[unit]}"


def _in_digits(n: int) -> str:
    """``n`` as an ordinal in digits: "72nd", "11th"."""
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _exchanges(news: News, rank: str) -> list[int | None]:
    text = f"Ukraine says this was its {rank} exchange."
    tallies = news(text, published=_THURSDAY, exchange_counts="alone").tallies
    return [t.exchange_count.low if t.exchange_count else None for t in tallies]


@_SETTINGS
@given(n=st.integers(min_value=2, max_value=99))
def test_news_a_rank_in_words_counts_as_the_same_rank_in_digits(news: News, n: int) -> None:
    assert _exchanges(news, _in_words(n)) == _exchanges(news, _in_digits(n)) == [n]


def test_news_first_ranks_no_count_of_exchanges_in_words_or_digits(news: News) -> None:
    # near miss: "the first exchange" tells a gap or a start, never how many there were
    assert _exchanges(news, "first") == _exchanges(news, "1st") == []


@given(n=st.integers(min_value=1, max_value=99))
def test_news_ordinal_table_gives_each_word_its_value(n: int) -> None:
    word = _in_words(n)
    tens, _, unit = word.partition("-")
    if unit:
        assert lx.ORDINAL_TENS[tens] + lx.UNIT_ORDINALS[unit] == n
    else:
        assert lx.ORDINAL_VALUES[word] == n


def test_news_ordinal_views_are_drawn_from_the_one_table() -> None:
    assert {_in_words(n) for n in range(1, 13)} == lx.ORDINALS
    assert dict(lx.UNIT_ORDINALS) == {_in_words(n): n for n in range(1, 10)}
    assert all(lx.NUMBER_VALUES.get(w, v) == v for w, v in lx.ORDINAL_TENS.items())
