"""Period.parse on long hostile text: work linear in its length, the same answers, short errors.

Speed itself is measured in ``benchmarks/bench_hostile.py``. These tests count
work instead of timing it: the tokens the grammar hands to its term rules and
the tokens it copies while dropping leading words. Linear work grows about
tenfold when the text does; the quadratic grammar of issue 13 grew a
hundredfold.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import SupportsIndex, overload
from unittest.mock import patch

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import (
    Count,
    CountParseError,
    Period,
    PeriodParseError,
    RecordValidationError,
    _dates,
)
from exchangekit._dates import DateOrder

REFERENCE = date(2025, 10, 23)

# Text that is not a date, repeated; each forces the grammar to consider a span at every joiner.
HOSTILE = {
    "hyphens": "-",
    "to": "to ",
    "sentences": "Russia returned 1,000 bodies to Ukraine on Thursday. ",
    "between ... and": "between July and ",
    "from ... to": "from 1 to ",
    "leading words": "in ",
    "one-year winter": "winter 2025 to ",
    "dates joined": "1 October 2025 - ",
}

# Words a span is made of, mixed freely: most mixtures are refused, some are dates.
SOUP = [
    *("between", "from", "since", "and", "to", "until", "through", "-", "/", "."),
    *("in", "on", "the", "of", "last", "this", "early", "mid", "late", "ago", "a"),
    *("1", "3", "23rd", "28", "29", "31", "10", "2024", "2025", "25"),
    *("july", "september", "oct", "december", "february", "january"),
    *("thursday", "monday", "winter", "summer", "q3", "h1", "first", "quarter", "half"),
    *("week", "weeks", "months", "year", "recent", "today", "yesterday", "hello"),
]

# One side of a span as the docs write it, without and with a year.
SIDES = [
    *("23 October 2025", "October 23, 2025", "Thursday, 23 October 2025", "23.10.2025"),
    *("10/23/2025", "2025/10/23", "July 2025", "Q3 2025", "the first half of 2025"),
    *("summer 2025", "winter 2024-25", "2025", "mid-October 2025", "late 2024", "2022"),
    *("on Thursday", "Monday", "last Thursday", "23 October", "Oct 23", "February"),
    *("mid-October", "Q3", "in winter", "today", "yesterday", "last week", "this month"),
    *("two days ago", "a week ago", "in recent months", "1", "3", "28 December", "3 January"),
    *("Thursday, 23 October", "winter 2025", "31 September 2025", "hello"),
]
JOINERS = ["to", "-", "–", "until", "till", "through", "thru", "and"]
REFERENCES = st.none() | st.sampled_from(
    [REFERENCE, date(2025, 1, 2), date(2024, 3, 1), date(2, 1, 15), date(9999, 12, 20)]
)
ORDERS: st.SearchStrategy[DateOrder | None] = st.sampled_from([None, "DMY", "MDY"])


def sized(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


@contextmanager
def unbounded() -> Iterator[None]:
    """The grammar as it was before issue 13: every side of every joiner read whole."""
    with patch.object(_dates, "_LONGEST_TERM", sys.maxsize):
        yield


def outcome(text: str, reference: date | None, order: DateOrder | None) -> object:
    """What the grammar makes of ``text``: the period, or the reason it is refused."""
    try:
        period = _dates._Grammar(reference, order).parse(text)
    except _dates._Reject as exc:
        return ("refused", exc.reason)
    except RecordValidationError as exc:
        return ("invalid", exc.message)
    return (period.start, period.end, period.precision)


def assert_agrees_with_the_unbounded_grammar(
    text: str, reference: date | None, order: DateOrder | None
) -> None:
    bounded = outcome(text, reference, order)
    with unbounded():
        whole = outcome(text, reference, order)
    assert bounded == whole


class _CountedTokens(list[str]):
    """A token list that adds to ``copied[0]`` every token its slices copy."""

    def __init__(self, tokens: Iterable[str], copied: list[int]) -> None:
        super().__init__(tokens)
        self.copied = copied

    @overload
    def __getitem__(self, index: SupportsIndex) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> str | list[str]:
        if not isinstance(index, slice):
            return super().__getitem__(index)
        part = _CountedTokens(super().__getitem__(index), self.copied)
        self.copied[0] += len(part)
        return part


def work(text: str) -> int:
    """Tokens handed to the term rules plus tokens copied from the token list, for one parse."""
    counted = [0]
    read_term = _dates._Grammar._term
    tokens = _dates._tokens

    def counting_term(grammar: _dates._Grammar, toks: list[str]) -> _dates._Term | None:
        counted[0] += len(toks)
        return read_term(grammar, toks)

    with (
        patch.object(_dates._Grammar, "_term", counting_term),
        patch.object(_dates, "_tokens", lambda text: _CountedTokens(tokens(text), counted)),
        pytest.raises(PeriodParseError),
    ):
        Period.parse(text, reference=REFERENCE)
    return counted[0]


# -- the regression: work linear in the length ------------------------------------------------


@pytest.mark.parametrize("unit", HOSTILE.values(), ids=HOSTILE.keys())
def test_ten_times_the_text_is_about_ten_times_the_work(unit: str) -> None:
    small, large = work(sized(unit, 1_000)), work(sized(unit, 10_000))
    assert small > 0
    # Linear: about 10. The grammar before issue 13 gave about 100 on each of these.
    assert large <= 12 * small, f"{large / small:.0f} times the work for 10 times the text"


@pytest.mark.parametrize("unit", HOSTILE.values(), ids=HOSTILE.keys())
def test_long_hostile_text_is_refused_with_the_usual_reason(unit: str) -> None:
    text = sized(unit, 100_000)
    with pytest.raises(PeriodParseError) as refused:
        Period.parse(text, reference=REFERENCE)
    assert refused.value.text == text
    assert refused.value.reason.startswith(
        ("not a recognised date or span", "there is no date in it", "winter spans two years")
    )


def test_a_long_text_is_refused_exactly_as_before() -> None:
    for unit in HOSTILE.values():
        assert_agrees_with_the_unbounded_grammar(sized(unit, 3_000), REFERENCE, None)


# -- the bound changes no answer --------------------------------------------------------------


@given(st.lists(st.sampled_from(SOUP), min_size=1, max_size=24).map(" ".join), REFERENCES, ORDERS)
def test_mixed_date_words_read_as_the_unbounded_grammar_reads_them(
    text: str, reference: date | None, order: DateOrder | None
) -> None:
    assert_agrees_with_the_unbounded_grammar(text, reference, order)


@given(
    st.sampled_from(["", "between ", "from ", "in ", "the "]),
    st.sampled_from(SIDES),
    st.sampled_from(JOINERS),
    st.sampled_from(SIDES),
    st.lists(st.sampled_from(SOUP), max_size=10).map(" ".join),
    REFERENCES,
)
def test_spans_read_as_the_unbounded_grammar_reads_them(
    lead: str, start: str, joiner: str, end: str, tail: str, reference: date | None
) -> None:
    assert_agrees_with_the_unbounded_grammar(f"{lead}{start} {joiner} {end}", reference, None)
    assert_agrees_with_the_unbounded_grammar(
        f"{lead}{start} {joiner} {end} {tail}", reference, None
    )
    assert_agrees_with_the_unbounded_grammar(f"{tail} {start} {joiner} {end}", reference, None)


@given(st.lists(st.sampled_from(SOUP), min_size=1, max_size=40), REFERENCES)
def test_no_rule_reads_a_side_longer_than_the_bound(
    toks: list[str], reference: date | None
) -> None:
    # _LONGEST_TERM is safe only while every term rule turns longer token lists away
    # (a one-year winter is refused whatever follows it, with or without the bound).
    toks = [t for t in toks if t not in _dates._FILLER]
    grammar = _dates._Grammar(reference, None)
    read: Callable[[list[str]], object] = grammar._term
    with unbounded():
        try:
            term = read(toks)
        except _dates._Reject as exc:
            term = exc.reason
    if len(toks) > _dates._LONGEST_TERM:
        assert term is None or term == _dates._ONE_YEAR_WINTER


def test_documented_spans_still_read_as_documented() -> None:
    cases = {
        "between July and September 2025": "2025-07-01/2025-09-30",
        "from 28 December to 3 January 2025": "2024-12-28/2025-01-03",
        "October 1-3, 2025": "2025-10-01/2025-10-03",
        "from 1 to 3 October 2025": "2025-10-01/2025-10-03",
        "2022–2025": "2022-01-01/2025-12-31",
        "from Thursday, 16 October to Thursday 23 / 10 / 2025": "2025-10-16/2025-10-23",
        "in in in on July to September": "2025-07-01/2025-09-30",
    }
    for text, expected in cases.items():
        assert Period.parse(text, reference=REFERENCE).format() == expected


# -- hostile numbers and long errors ----------------------------------------------------------


@given(
    st.integers(0, 3),
    st.sampled_from("123456789"),
    st.text("0123456789", min_size=8, max_size=6_000),
    st.sampled_from(["days", "years"]),
)
def test_any_number_of_units_ago_too_far_back_is_refused_cleanly(
    zeros: int, first: str, rest: str, unit: str
) -> None:
    # At least 100,000,000 units back; Python's int() refuses over 4,300 digits with a ValueError.
    digits = "0" * zeros + first + rest
    with pytest.raises(PeriodParseError, match="ago is before year 1"):
        Period.parse(f"{digits} {unit} ago", reference=REFERENCE)
    with pytest.raises(PeriodParseError, match="rolling window"):
        Period.parse(f"the past {digits} {unit}", reference=REFERENCE)


def test_thousands_of_digits_are_refused_with_the_reason() -> None:
    with pytest.raises(PeriodParseError) as refused:
        Period.parse("9" * 5_000 + " days ago", reference=REFERENCE)
    assert refused.value.reason == "999999999999… days ago is before year 1"
    with pytest.raises(PeriodParseError, match="99999999 days ago is before year 1"):
        Period.parse("99999999 days ago", reference=REFERENCE)


@pytest.mark.parametrize(
    ("read", "error"), [(Period.parse, PeriodParseError), (Count.parse, CountParseError)]
)
def test_an_error_repeats_only_the_start_of_a_long_text(
    read: Callable[[str], object], error: type[PeriodParseError | CountParseError]
) -> None:
    text = sized("Russia returned the bodies. ", 1_000_000)
    with pytest.raises(error) as refused:
        read(text)
    assert refused.value.text == text
    message = str(refused.value)
    assert message.startswith(f"cannot read {text[:100]!r}… (1,000,000 characters) as a ")
    assert len(message) < 1_000
    short = "Russia returned the bodies."
    with pytest.raises(error, match=f"^cannot read {short!r} as a "):
        read(short)
