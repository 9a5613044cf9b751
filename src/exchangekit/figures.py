"""The figure grammar: reads numbers of people the way reports write them.

:func:`parse_count` reads a whole text that must be one figure phrase ("1,000",
"around 1,000", "more than 135,000", "between 40 and 50 thousand", "tens of
thousands"); :func:`iter_figures` finds every figure phrase inside running
text. Both share one hand-written grammar over a linear-time tokenizer, so
reading a long article never backtracks. What each phrase means as an
interval is set by :class:`~exchangekit.counts.CountSemantics` and documented
in the "Counts" page of the documentation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import Final, NamedTuple

import attrs

from exchangekit.counts import DEFAULT_SEMANTICS, Count, CountSemantics
from exchangekit.errors import CountParseError, RecordValidationError
from exchangekit.vocabulary import Qualifier

__all__ = [
    "MAX_FIGURE",
    "NUMBER_WORDS",
    "FigureMatch",
    "iter_figures",
    "magnitude_phrase",
    "parse_count",
]

MAX_FIGURE = 999_999_999_999
"""The largest figure read; no count of people comes near it, and the cap keeps reading linear."""

_MAX_INT_DIGITS = len(str(MAX_FIGURE))
_MAX_DECIMALS = 9  # a billion is the largest scale, so more decimals never give a whole number

_ACCEPTED = (
    "expected one figure phrase such as '1,000', 'one thousand', 'around 1,000', "
    "'more than 135,000', 'up to 500', 'between 40 and 50 thousand', "
    "'40,000–50,000' or 'tens of thousands'"
)

# -- vocabulary ---------------------------------------------------------------

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_DIGIT_SCALES = {"hundred": 100, **_SCALES}
# Scale words that may open a number with no number before them, when "and" and the
# rest follow: "another hundred and three", "some thousand and fifty".
_BARE_SCALES = frozenset({"hundred", "thousand"})
_DOZEN = 12

_Maker = Callable[[int, CountSemantics], Count]


def _approx(n: int, s: CountSemantics) -> Count:
    return Count.approx(n, semantics=s)


def _nearly(n: int, s: CountSemantics) -> Count:
    return Count.nearly(n, semantics=s)


def _more_than(n: int, s: CountSemantics) -> Count:
    return Count.more_than(n)


def _at_least(n: int, s: CountSemantics) -> Count:
    return Count.at_least(n)


def _at_most(n: int, s: CountSemantics) -> Count:
    return Count.at_most(n)


def _fewer_than(n: int, s: CountSemantics) -> Count:
    return Count.fewer_than(n)


# Hedge phrases, each the words before the figure and how it bounds the figure.
_HEDGES: dict[tuple[str, ...], _Maker] = {
    **{
        tuple(p.split()): _approx
        for p in (
            "about",
            "around",
            "approximately",
            "roughly",
            "some",
            "circa",
            "an estimated",
            # a magnitude given loosely: "in the region of 150,000", "on the order of 5,000"
            "in the region of",
            "in the order of",
            "on the order of",
            # a guess the source will not stand behind: "perhaps 250,000"
            "perhaps",
            "possibly",
            "maybe",
            # spoken: "something like 40,000"
            "something like",
        )
    },
    **{tuple(p.split()): _nearly for p in ("nearly", "almost")},
    **{
        tuple(p.split()): _more_than
        for p in ("more than", "over", "above", "in excess of", "upwards of")
    },
    **{
        tuple(p.split()): _at_least
        for p in (
            "at least",
            "no fewer than",
            "no less than",
            "not fewer than",
            "not less than",
            "a minimum of",
        )
    },
    **{
        tuple(p.split()): _at_most
        for p in ("up to", "at most", "no more than", "not more than", "a maximum of")
    },
    **{tuple(p.split()): _fewer_than for p in ("fewer than", "less than", "under", "below")},
}

# Hedges of everyday reporting beyond the textbook ones above: a figure being
# approached ("close to", "nearing", spoken "getting on for") is a "nearly"; a
# stated ceiling ("as many as") is an "up to"; "just", "a little", "slightly",
# "somewhat", "well", "far" and the spoken "a bit", "a shade", "something" only say
# how close the bound is, never which side of it the figure lies.
_BOUND_LEADS = (
    "just",
    "a little",
    "little",
    "slightly",
    "somewhat",
    "well",
    "far",
    "a bit",
    "a shade",
    "something",
)
_HEDGES.update(
    {
        **{
            tuple(p.split()): _nearly
            for p in (
                "close to",
                "closer to",
                "near",
                "approaching",
                "nearing",
                "just shy of",
                "getting on for",
                "getting on towards",
            )
        },
        **{tuple(p.split()): _at_most for p in ("as many as", "as much as")},
        **{
            (*lead.split(), *bound): _more_than
            for lead in _BOUND_LEADS
            for bound in (("over",), ("above",), ("more", "than"))
        },
        **{
            (*lead.split(), *bound): _fewer_than
            for lead in _BOUND_LEADS
            for bound in (("under",), ("below",), ("fewer", "than"), ("less", "than"))
        },
        ("just", "short", "of"): _fewer_than,
    }
)

# The hedges longest first, by their first two words ("" as the second word of a one-word
# hedge): a word is looked up with the word after it and with "", so only the hedges that
# can match are tried, in the order of the full longest-first list.
_HEDGES_BY_TWO: dict[tuple[str, str], list[tuple[tuple[str, ...], _Maker]]] = {}
for _words, _maker in sorted(_HEDGES.items(), key=lambda item: -len(item[0])):
    _HEDGES_BY_TWO.setdefault((_words[0], _words[1] if len(_words) > 1 else ""), []).append(
        (_words, _maker)
    )

# Plural orders of magnitude: the words, the unit, and the next order's unit.
_MAGNITUDES: dict[tuple[str, ...], tuple[int, int]] = {
    ("dozens",): (12, 100),
    ("scores",): (20, 100),
    ("tens",): (10, 100),
    ("hundreds",): (100, 10**3),
    ("thousands",): (10**3, 10**4),
    ("tens", "of", "thousands"): (10**4, 10**5),
    ("hundreds", "of", "thousands"): (10**5, 10**6),
    ("millions",): (10**6, 10**7),
    ("tens", "of", "millions"): (10**7, 10**8),
    ("hundreds", "of", "millions"): (10**8, 10**9),
    ("billions",): (10**9, 10**10),
}

_MAGNITUDES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], tuple[int, int]]]] = {}
for _mwords, _units in sorted(_MAGNITUDES.items(), key=lambda item: -len(item[0])):
    _MAGNITUDES_BY_FIRST.setdefault(_mwords[0], []).append((_mwords, _units))

# "many hundreds", "many thousands": "many" before a plural order of magnitude adds nothing to it.
_MANY: Final = "many"

# "several thousand", "a few hundred": a vague multiple of one scale word, read
# as the plural order of magnitude of that word ("thousands", "hundreds").
_VAGUE_MULTIPLES: tuple[tuple[str, ...], ...] = (("several",), ("a", "few"), ("a", "couple", "of"))
_VAGUE_SCALES: dict[tuple[str, ...], tuple[int, int]] = {
    ("dozen",): (12, 100),
    ("hundred",): (100, 10**3),
    ("thousand",): (10**3, 10**4),
    ("tens", "of", "thousands"): (10**4, 10**5),
    ("hundred", "thousand"): (10**5, 10**6),
    ("million",): (10**6, 10**7),
}
# Fractions of a scale word: "half a million", "a quarter of a million",
# "three quarters of a million"; each is the words before the scale and the fraction.
_SCALE_FRACTIONS: dict[tuple[str, ...], Fraction] = {
    ("half", "a"): Fraction(1, 2),
    ("a", "half"): Fraction(1, 2),
    ("a", "quarter", "of", "a"): Fraction(1, 4),
    ("one", "quarter", "of", "a"): Fraction(1, 4),
    ("quarter", "of", "a"): Fraction(1, 4),
    ("a", "quarter"): Fraction(1, 4),
    ("three", "quarters", "of", "a"): Fraction(3, 4),
    ("three", "quarter"): Fraction(3, 4),
}
# The same, by first word (in the order above), so a word that opens none is passed at once.
_SCALE_FRACTIONS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], Fraction]]] = {}
for _fwords, _fraction in _SCALE_FRACTIONS.items():
    _SCALE_FRACTIONS_BY_FIRST.setdefault(_fwords[0], []).append((_fwords, _fraction))
_VAGUE_FIRSTS = frozenset(lead[0] for lead in _VAGUE_MULTIPLES)

NUMBER_WORDS = frozenset(
    {*_UNITS, *_TEENS, *_TENS, *_DIGIT_SCALES, "zero", "half", "dozen", "quarter", "quarters"}
    | {word for words in _MAGNITUDES for word in words if word != "of"}
)
"""Every word that can state a figure without digits ("thirty", "thousand", "dozens").

Text with neither digits nor any of these words holds no figure, which lets a
caller skip it without running the grammar.
"""

# Words that can begin a figure phrase; anything else is skipped at once.
_STARTS = frozenset(
    {*_UNITS, *_TEENS, *_TENS, *_BARE_SCALES, "a", "half", "zero", "between", "from", "in"}
    | {"quarter", _MANY}
    | {words[0] for words in _HEDGES}
    | {words[0] for words in _MAGNITUDES}
    | {words[0] for words in _VAGUE_MULTIPLES}
)
# Words a number written in words can start with (see ``_Grammar._word_numbers``): any
# other word has no number reading, so the grammar skips it without looking further.
_NUMBER_FIRSTS = frozenset(
    {*_UNITS, *_TEENS, *_TENS, *_BARE_SCALES, "a", "half", "zero", *_SCALE_FRACTIONS_BY_FIRST}
)
# Words after a plain figure that hedge it: "70,000 or so", "500 or more".
_SUFFIXES: dict[tuple[str, str], _Maker] = {
    ("or", "so"): _approx,
    ("or", "more"): _at_least,
    ("or", "fewer"): _at_most,
    ("or", "less"): _at_most,
}

# -- tokens -------------------------------------------------------------------

_WORD, _NUM, _BAD, _DASH, _PLUS, _OTHER = range(6)

# White space and the token after it in one match; the optional group gives up at once
# when no token follows, so a long run of spaces is never scanned twice. Groups by number:
# 1 a number's first digit, 2 a word, 3 a dash, 4 a plus sign, 5 any other character.
_TOKEN = re.compile(
    r"\s*(?:(?P<num>[0-9])|(?P<word>[^\W\d_]+)|(?P<dash>[-\u2010-\u2014\u2212])|(?P<plus>\+)"
    r"|(?P<other>\S))?",
)
_KIND_OF_GROUP: Final = (_OTHER, _NUM, _WORD, _DASH, _PLUS, _OTHER)  # by group number
_DIGITS = re.compile(r"[0-9]+")
_GROUP_SPACES = frozenset(" \u00a0\u202f\u2009")
_HYPHENS = frozenset("-\u2010\u2011")
_RANGE_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014")
_STICKY = frozenset(".,:/")  # punctuation that glues digits into dates, times, fractions


class _Token(NamedTuple):
    kind: int
    text: str  # lower-cased for words
    start: int
    end: int
    value: int | Fraction = 0  # for numbers: the value, with a "k" suffix applied
    decimal: bool = False  # written with a decimal point
    scale: int = 1  # 1000 for "46k"
    year_like: bool = False  # four unseparated digits, no suffix: maybe a year
    problem: str = ""  # for malformed numbers: what is wrong


_ZERO: Final = _Token._field_defaults["value"]


def _is_digit(text: str, i: int) -> bool:
    return i < len(text) and "0" <= text[i] <= "9"


def _bad_number(text: str, start: int, pos: int, problem: str) -> tuple[_Token, int]:
    while pos < len(text) and (
        _is_digit(text, pos) or (text[pos] in ".," and _is_digit(text, pos + 1))
    ):
        pos += 1
    return _Token(_BAD, text[start:pos], start, pos, problem=problem), pos


def _scan_number(text: str, start: int) -> tuple[_Token, int]:
    """Read one number starting at ``start``: digits, grouping, a decimal part, a "k"."""
    first = _DIGITS.match(text, start)
    assert first is not None
    pos = first.end()
    int_digits = first.group()
    separator = ""
    if len(int_digits) > 1 and int_digits[0] == "0":
        return _bad_number(text, start, pos, "a figure does not start with a zero")
    while pos < len(text):
        char = text[pos]
        if char != "," and char not in _GROUP_SPACES:
            break
        group = _DIGITS.match(text, pos + 1)
        if group is None:
            break
        if char == ",":
            if (
                separator not in ("", ",")
                or len(group.group()) != 3
                or not 1 <= len(first.group()) <= 3
                or first.group() == "0"
            ):
                return _bad_number(
                    text,
                    start,
                    pos,
                    "its digits are grouped irregularly: group thousands by three, "
                    "as in '1,000' or '1 000'",
                )
        elif (
            separator not in ("", "space")
            or len(group.group()) != 3
            or len(first.group()) > 3
            or first.group() == "0"
        ):
            break  # a space that does not group thousands is just a space
        separator = "," if char == "," else "space"
        int_digits += group.group()
        pos = group.end()
    decimals = ""
    if pos < len(text) and text[pos] == "." and _is_digit(text, pos + 1):
        group = _DIGITS.match(text, pos + 1)
        assert group is not None
        decimals = group.group()
        pos = group.end()
    if pos < len(text) and text[pos] in ".," and _is_digit(text, pos + 1):
        return _bad_number(
            text,
            start,
            pos,
            "a dot is a decimal point, never a thousands separator: write '1,000' or '1 000'",
        )
    if len(int_digits) > _MAX_INT_DIGITS or len(decimals) > _MAX_DECIMALS:
        return _bad_number(text, start, pos, f"figures above {MAX_FIGURE:,} are not read")
    scale = 1
    if pos < len(text) and text[pos] in "kK" and not text[pos + 1 : pos + 2].isalnum():
        scale = 1000
        pos += 1
    # A whole number stays an int: it compares and multiplies as the equal Fraction does,
    # at a fraction of the cost, and has the numerator and denominator _whole reads.
    value: int | Fraction = Fraction(f"{int_digits}.{decimals}") if decimals else int(int_digits)
    if scale != 1:
        value *= scale
    year_like = len(first.group()) == 4 and not separator and not decimals and scale == 1
    token = _Token(_NUM, text[start:pos], start, pos, value, bool(decimals), scale, year_like, "")
    return token, pos


def _tokenize(text: str) -> list[_Token]:
    """Split ``text`` into words, numbers, dashes and single other characters, in one pass."""
    tokens: list[_Token] = []
    append = tokens.append
    make = tuple.__new__  # skips the NamedTuple constructor's handling of defaults
    zero = _ZERO
    kinds = _KIND_OF_GROUP
    pos = 0  # where the scan (re)starts: the start, or the end of the latest number
    while pos >= 0:
        resume, pos = pos, -1
        # Matches follow one another with no gap: every character not white space is a token.
        for match in _TOKEN.finditer(text, resume):
            kind = match.lastindex
            if kind is None:  # only white space to the end
                break
            end = match.end()  # every group ends the match
            if kind == 2:
                start = match.start(2)
                word = text[start:end].lower()
                append(make(_Token, (_WORD, word, start, end, zero, False, 1, False, "")))
            elif kind == 1:  # a number reads on past its first digit: scan on after it
                token, pos = _scan_number(text, end - 1)
                append(token)
                break
            else:  # one character: a dash, a plus sign or anything else
                char = text[end - 1]
                append(make(_Token, (kinds[kind], char, end - 1, end, zero, False, 1, False, "")))
    return tokens


# -- grammar ------------------------------------------------------------------


class _Number(NamedTuple):
    """One reading of a number starting at some token."""

    value: int | Fraction  # an int when whole
    end: int  # index of the token after it
    scale: int  # the trailing scale word's factor ("forty thousand": 1000), 1 if none
    digits: bool  # written in digits (dashes join only digit ranges)
    dozen: bool  # counted in dozens ("a dozen" is loose)
    bare_decimal: bool  # a decimal written without a scale word: not a count on its own


class _Reading(NamedTuple):
    """One reading of a whole figure phrase from a start token."""

    figure: Count
    end: int
    body: int  # index of the token where the figure proper starts, after any hedge


class _Grammar:
    """The figure grammar over one tokenized text; caches number readings by position."""

    def __init__(self, text: str, semantics: CountSemantics) -> None:
        self.text = text
        self.semantics = semantics
        self.tokens = _tokenize(text)
        self.words = [t.text if t.kind == _WORD else "" for t in self.tokens]
        self.problem = ""  # why the longest refused candidate was refused
        self._problem_end = -1
        self._numbers: dict[int, list[_Number]] = {}

    # helpers

    def _word(self, i: int) -> str:
        return self.words[i] if i < len(self.words) else ""

    def _glued(self, i: int) -> bool:
        """Whether token ``i`` touches the token before it, with no space between."""
        return 0 < i < len(self.tokens) and self.tokens[i - 1].end == self.tokens[i].start

    def _refuse(self, problem: str, end: int) -> None:
        """Remember why a candidate ending before token ``end`` was refused."""
        if end > self._problem_end:
            self.problem, self._problem_end = problem, end

    def _whole(self, value: int | Fraction, what: str, end: int) -> int | None:
        if value.denominator != 1:
            self._refuse(f"{what} is not a whole number of people", end)
            return None
        if value.numerator > MAX_FIGURE:  # a whole number: its numerator, compared as an int
            self._refuse(f"figures above {MAX_FIGURE:,} are not read", end)
            return None
        return value.numerator

    # numbers

    def numbers(self, i: int) -> list[_Number]:
        """Every reading of a number (digits, words, dozens) that starts at token ``i``."""
        cached = self._numbers.get(i)
        if cached is None:
            if self._is_num(i):
                cached = self._digit_numbers(i)
            elif self._word(i) in _NUMBER_FIRSTS:
                cached = self._word_numbers(i)
            else:
                cached = []  # "in", "more", "over": no number starts with them
            self._numbers[i] = cached
        return cached

    def _is_num(self, i: int) -> bool:
        return i < len(self.tokens) and self.tokens[i].kind == _NUM

    def _digit_numbers(self, i: int) -> list[_Number]:
        token = self.tokens[i]
        years = self.semantics.years
        if token.year_like and years is not None and years[0] <= token.value <= years[1]:
            self._refuse(
                f"{token.text!r} reads as a year (years {years[0]}–{years[1]}): write "
                f"'{int(token.value):,}' if it is a count",
                i + 1,
            )
            return []
        bare_decimal = token.decimal and token.scale == 1
        out = [_Number(token.value, i + 1, token.scale, True, False, bare_decimal)]
        after = self._word(i + 1)
        if token.scale == 1 and after and not self._glued(i + 1):
            if after in _DIGIT_SCALES:
                factor = _DIGIT_SCALES[after]
                out.append(_Number(token.value * factor, i + 2, factor, True, False, False))
            elif after == "dozen" and not token.decimal:
                out.append(_Number(token.value * _DOZEN, i + 2, _DOZEN, True, True, False))
        return out

    def _below_hundred(self, i: int) -> list[tuple[int, int]]:
        word = self._word(i)
        if word in _UNITS:
            return [(_UNITS[word], i + 1)]
        if word in _TEENS:
            return [(_TEENS[word], i + 1)]
        if word not in _TENS:
            return []
        out = [(_TENS[word], i + 1)]
        hyphenated = (
            i + 2 < len(self.tokens)
            and self.tokens[i + 1].text in _HYPHENS
            and self._glued(i + 1)
            and self._glued(i + 2)
        )
        if hyphenated and self._word(i + 2) in _UNITS:
            out.append((_TENS[word] + _UNITS[self._word(i + 2)], i + 3))
        elif self._word(i + 1) in _UNITS:
            out.append((_TENS[word] + _UNITS[self._word(i + 1)], i + 2))
        return out

    def _groups(self, i: int, allow_a: bool) -> list[tuple[int, int, int]]:
        """Readings below ten thousand: "twelve", "a hundred and twelve", "fifteen hundred".

        Each is ``(value, end, scale)`` with scale 100 for a bare "N hundred". A
        lone "a" is a group only before a scale word, so it is left to the caller.
        """
        article = allow_a and self._word(i) == "a"
        heads = [(1, i + 1)] if article else self._below_hundred(i)
        out: list[tuple[int, int, int]] = []
        for head, end in heads:
            if not article:
                out.append((head, end, 1))
            if self._word(end) != "hundred":
                continue
            hundreds = head * 100
            out.append((hundreds, end + 1, 100))
            rest_at = end + 2 if self._word(end + 1) == "and" else end + 1
            out.extend(
                (hundreds + rest, rest_end, 1) for rest, rest_end in self._below_hundred(rest_at)
            )
        return out

    def _word_numbers(self, i: int) -> list[_Number]:
        word = self._word(i)
        if word == "zero":
            return [_Number(0, i + 1, 1, False, False, False)]
        if word == "half" and self._word(i + 1) == "a" and self._word(i + 2) == "dozen":
            return [_Number(_DOZEN // 2, i + 3, 1, False, True, False)]
        fraction = self._scale_fraction(i)
        if fraction is not None:
            return [fraction]
        out = [
            _Number(value, end, scale, False, False, False)
            for value, end, scale in self._compound(i, allow_a=True)
        ]
        for number in list(out):
            if number.value < 1000 and self._word(number.end) == "dozen":
                out.append(
                    _Number(number.value * _DOZEN, number.end + 1, _DOZEN, False, True, False)
                )
        if word == "a" and self._word(i + 1) == "dozen":
            out.append(_Number(_DOZEN, i + 2, _DOZEN, False, True, False))
        if word in _BARE_SCALES and self._word(i + 1) == "and":
            # "another hundred and three": a scale word with no number before it is one of it
            factor = _DIGIT_SCALES[word]
            out.extend(
                _Number(factor + rest, end, 1, False, False, False)
                for rest, end in self._below_hundred(i + 2)
            )
        return out

    def _hyphenated_scale(self, at: int) -> bool:
        """Whether token ``at`` is a hyphen glued between a number word and a scale word."""
        return (
            at + 1 < len(self.tokens)
            and self.tokens[at].text in _HYPHENS
            and self._glued(at)
            and self._glued(at + 1)
            and self._word(at + 1) in _SCALES
        )

    def _scale_fraction(self, i: int) -> _Number | None:
        """A fraction of a scale word ("half a million", "a quarter of a million"), if any."""
        for words, fraction in _SCALE_FRACTIONS_BY_FIRST.get(self._word(i), ()):
            scale_at = i + len(words)
            if self._word(scale_at) in _SCALES and all(
                self._word(i + k) == w for k, w in enumerate(words)
            ):
                factor = _SCALES[self._word(scale_at)]
                return _Number(fraction * factor, scale_at + 1, factor, False, False, False)
        return None

    def _compound(self, i: int, allow_a: bool) -> list[tuple[int, int, int]]:
        """Number words with thousands, millions, billions, largest scale first."""
        out: list[tuple[int, int, int]] = []
        groups = self._groups(i, allow_a)
        if allow_a and self._word(i) == "a" and self._word(i + 1) in _SCALES:
            groups.append((1, i + 1, 1))  # "a thousand", "a million"
        for group, end, group_scale in groups:
            if self._hyphenated_scale(end):
                end += 1  # "the one-million mark": a compound adjective of one figure
            scale_word = self._word(end)
            if not (group == 1 and end == i + 1 and self._word(i) == "a"):
                out.append((group, end, group_scale))
            if group >= 1000 or scale_word not in _SCALES:
                continue
            factor = _SCALES[scale_word]
            base = group * factor
            out.append((base, end + 1, factor))
            rest_at = end + 2 if self._word(end + 1) == "and" else end + 1
            comma = end + 1 < len(self.tokens) and self.tokens[end + 1].text == ","
            if comma and self._word(end + 2).isalpha():
                # "three thousand, four hundred and five": a comma between the scales
                rest_at = end + 2
            for rest, rest_end, _ in self._compound(rest_at, allow_a=False):
                if rest < factor:
                    out.append((base + rest, rest_end, 1))
        return out

    # phrases

    def readings(self, i: int) -> list[_Reading]:
        """Every reading of a figure phrase that starts at token ``i``."""
        word = self._word(i)
        if not (word in _STARTS or self._is_num(i)):
            return []  # most words of running text
        if not word:  # a number: no magnitude or hedge starts with one
            out = self._plain(i)
            out.extend(self._ranges(i, widen=False))
            return out
        out = self._magnitudes(i)
        out.extend(self._plain(i))
        out.extend(self._ranges(i, widen=False))
        out.extend(self._hedged(i))
        return out

    def _magnitudes(self, i: int) -> list[_Reading]:
        if self._word(i) == "in" and self._word(i + 1) == "the" and self._word(i + 2) != "in":
            # "in the tens of thousands": the idiom adds nothing to the magnitude
            return [r._replace(body=i) for r in self._magnitudes(i + 2)]
        if self._word(i) == _MANY and self._word(i + 1) in _MAGNITUDES_BY_FIRST:
            return [r._replace(body=i) for r in self._magnitudes(i + 1)]
        for words, (unit, next_unit) in _MAGNITUDES_BY_FIRST.get(self._word(i), ()):
            if all(self._word(i + k) == w for k, w in enumerate(words)):
                return [_Reading(self._magnitude(unit, next_unit), i + len(words), i)]
        if self._word(i) not in _VAGUE_FIRSTS:
            return []  # no vague multiple starts here: the loop below would find none
        for lead in _VAGUE_MULTIPLES:
            if not all(self._word(i + k) == w for k, w in enumerate(lead)):
                continue
            at = i + len(lead)
            found: _Reading | None = None
            for words, (unit, next_unit) in _VAGUE_SCALES.items():
                if all(self._word(at + k) == w for k, w in enumerate(words)):
                    end = at + len(words)
                    if found is None or end > found.end:
                        found = _Reading(self._magnitude(unit, next_unit), end, i)
            return [] if found is None else [found]
        return []

    def _magnitude(self, unit: int, next_unit: int) -> Count:
        low = self.semantics.magnitude_floor * unit
        return Count.order_of_magnitude(low, next_unit - 1)

    def _plain(self, i: int) -> list[_Reading]:
        out: list[_Reading] = []
        for number in self.numbers(i):
            if number.bare_decimal:
                self._refuse(
                    f"{self._span(i, number.end)!r} is not a whole number: a decimal needs a "
                    "scale word, as in '1.2 million'",
                    number.end,
                )
                continue
            value = number.value
            if value.denominator == 1 and value.numerator <= MAX_FIGURE:
                n: int | None = value.numerator  # what _whole gives, without the text it may quote
            else:
                n = self._whole(value, repr(self._span(i, number.end)), number.end)
            if n is None:
                continue
            count = _approx(n, self.semantics) if number.dozen else Count.exact(n)
            out.append(_Reading(count, number.end, i))
            suffix = _SUFFIXES.get((self._word(number.end), self._word(number.end + 1)))
            if suffix is not None and not number.dozen:
                out.append(_Reading(suffix(n, self.semantics), number.end + 2, i))
            plus = number.end
            if (
                number.digits
                and self._glued(plus)
                and self.tokens[plus].kind == _PLUS
                and not self._is_num(plus + 1)
            ):
                out.append(_Reading(Count.at_least(n), plus + 1, i))
        return out

    def _ranges(self, i: int, *, widen: bool) -> list[_Reading]:
        word = self._word(i)
        out: list[_Reading] = []
        if word in ("between", "from") and not widen:
            joiner = "and" if word == "between" else "to"
            for first in self.numbers(i + 1):
                if self._word(first.end) == joiner:
                    out.extend(self._range(i, first, first.end + 1, widen))
        for first in self.numbers(i):
            at = first.end
            if at >= len(self.tokens):
                continue
            if self._word(at) == "to" or (
                self.tokens[at].text in _RANGE_DASHES and first.digits and self._is_num(at + 1)
            ):
                out.extend(self._range(i, first, at + 1, widen))
        return out

    def _range(self, i: int, first: _Number, second_at: int, widen: bool) -> list[_Reading]:
        dashed = self.tokens[second_at - 1].kind == _DASH
        out: list[_Reading] = []
        for second in self.numbers(second_at):
            if dashed and not second.digits:
                continue
            low_value, spread = first.value, False
            if first.scale < second.scale and not first.dozen:
                spread = first.value * second.scale <= second.value
                if spread:  # "40 to 50 thousand": the scale word covers both ends
                    low_value = first.value * second.scale
            if (first.bare_decimal and not spread) or second.bare_decimal:
                self._refuse("a decimal needs a scale word, as in '1.2 to 1.5 million'", second.end)
                continue
            text = repr(self._span(i, second.end))
            low = self._whole(low_value, text, second.end)
            high = self._whole(second.value, text, second.end)
            if low is None or high is None:
                continue
            if high < low:
                self._refuse(
                    f"the range {text} runs backwards: write the smaller end first", second.end
                )
                continue
            if widen:
                w = self.semantics.approx_width
                low, high = math.floor(low * (1 - w)), math.ceil(high * (1 + w))
            out.append(_Reading(Count.between(low, high), second.end, i))
        return out

    def _hedges_at(self, i: int) -> list[tuple[tuple[str, ...], _Maker]]:
        """The hedge phrases that start at token ``i``, longest first."""
        first, second = self._word(i), self._word(i + 1)
        hedges = _HEDGES_BY_TWO.get((first, second), [])
        if second:  # every longer hedge sorts before every one-word hedge
            hedges = hedges + _HEDGES_BY_TWO.get((first, ""), [])
        return [
            (words, maker)
            for words, maker in hedges
            if all(self._word(i + k) == w for k, w in enumerate(words[2:], 2))
        ]

    def _hedged(self, i: int) -> list[_Reading]:
        out: list[_Reading] = []
        for words, maker in self._hedges_at(i):
            at = i + len(words)
            for number in self.numbers(at):
                text = repr(self._span(i, number.end))
                if number.bare_decimal:
                    self._refuse(
                        f"{text} is not a whole number: a decimal needs a scale word", number.end
                    )
                    continue
                n = self._whole(number.value, text, number.end)
                if n is None:
                    continue
                try:
                    count = maker(n, self.semantics)
                except RecordValidationError as error:
                    self._refuse(f"{text}: {error.message}", number.end)
                    continue
                out.append(_Reading(count, number.end, at))
            if maker is _approx:
                out.extend(r._replace(body=at) for r in self._ranges(at, widen=True))
        return out

    # boundaries in running text

    def can_start(self, i: int) -> bool:
        """Whether a figure may begin at token ``i`` (not glued to a word, sign or date).

        The words after "hundred and" or "thousand and" end a number whose head went
        unread ("3 hundred and five"): alone they would give the tail ("five").
        """
        if i >= 2 and self.words[i - 1] == "and" and self.words[i - 2] in _BARE_SCALES:
            return False
        if not self._glued(i):
            return True
        before = self.tokens[i - 1]
        return before.kind == _OTHER and before.text not in _STICKY

    def can_end(self, end: int) -> bool:
        """Whether a figure may stop before token ``end`` (not inside a word, date or range)."""
        if end >= len(self.tokens):
            return True
        after = self.tokens[end]
        if after.kind == _DASH:
            return not self._is_num(end + 1)
        if not self._glued(end):
            return True
        if after.kind in (_WORD, _NUM, _BAD, _PLUS):
            return False
        return not (after.text in _STICKY and self._is_num(end + 1) and self._glued(end + 1))

    def _span(self, i: int, end: int) -> str:
        return self.text[self.tokens[i].start : self.tokens[end - 1].end]

    def best(self, i: int) -> _Reading | None:
        """The longest reading at ``i`` that fits its surroundings, if any."""
        found: _Reading | None = None
        for reading in self.readings(i):
            if self.can_end(reading.end) and (found is None or reading.end > found.end):
                found = reading
        return found

    def span(self, i: int, end: int) -> tuple[int, int, str]:
        start, stop = self.tokens[i].start, self.tokens[end - 1].end
        return start, stop, self.text[start:stop]


# -- public API ---------------------------------------------------------------


@attrs.frozen
class FigureMatch:
    """One figure phrase found in running text: where it is, what it means, what it said.

    ``text[start:end]`` of the searched text is ``text``; it unpacks as
    ``start, end, count, text``.
    """

    start: int
    end: int
    count: Count
    text: str

    def __iter__(self) -> Iterator[int | Count | str]:
        return iter((self.start, self.end, self.count, self.text))

    def unhedged(self, *, semantics: CountSemantics = DEFAULT_SEMANTICS) -> FigureMatch:
        """The same figure without its leading hedge word(s), or itself when it has none.

        For callers that can tell from context that a hedge word belongs to the
        sentence rather than the figure, as "over" does in "handed over 1,000".
        """
        grammar = _Grammar(self.text, semantics)
        full = [r for r in grammar.readings(0) if r.end == len(grammar.tokens)]
        if not full or full[0].body == 0:
            return self
        body = full[0].body
        inner = [r for r in grammar.readings(body) if r.end == len(grammar.tokens)]
        if not inner:
            return self
        start, end, text = grammar.span(body, inner[0].end)
        return FigureMatch(self.start + start, self.start + end, inner[0].figure, text)


def magnitude_phrase(count: Count, *, semantics: CountSemantics = DEFAULT_SEMANTICS) -> str | None:
    """The words an order-of-magnitude ``count`` is read from ("tens of thousands"), or ``None``.

    The words follow from the qualifier and the bounds alone: "tens of
    thousands" is the only phrase whose interval ends at 99,999 and starts at
    a whole number (1 to 4) of ten thousands. Where two phrases fit ("tens"
    from 40 and "scores" from 40 both end at 99), the one read with
    ``semantics.magnitude_floor`` wins. ``None`` for any other count.
    """
    if count.qualifier is not Qualifier.ORDER_OF_MAGNITUDE or count.high is None:
        return None
    fits: list[tuple[bool, str]] = []
    for words, (unit, next_unit) in _MAGNITUDES.items():
        floor, rest = divmod(count.low, unit)
        if count.high == next_unit - 1 and rest == 0 and 1 <= floor <= 4:
            fits.append((floor == semantics.magnitude_floor, " ".join(words)))
    preferred = [words for usual, words in fits if usual]
    if len(preferred) == 1:
        return preferred[0]
    return fits[0][1] if len(fits) == 1 else None


def parse_count(text: str, *, semantics: CountSemantics = DEFAULT_SEMANTICS) -> Count:
    """Read ``text``, which must be exactly one figure phrase, as a :class:`Count`.

    Surrounding whitespace and letter case do not matter; anything else that is
    not part of the phrase raises :class:`~exchangekit.errors.CountParseError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"Count.parse expects text (str), got {type(text).__name__}")
    grammar = _Grammar(text, semantics)
    tokens = grammar.tokens
    if not tokens:
        raise CountParseError(text, f"the text is empty; {_ACCEPTED}")
    readings = grammar.readings(0)
    for reading in readings:
        if reading.end == len(tokens):
            return reading.figure
    raise CountParseError(text, _diagnose(grammar, readings))


def _diagnose(grammar: _Grammar, readings: list[_Reading]) -> str:
    tokens = grammar.tokens
    bad = next((t for t in tokens if t.kind == _BAD), None)
    if bad is not None:
        return f"{bad.text!r}: {bad.problem}"
    if len(tokens) > 1 and tokens[0].text in _RANGE_DASHES | {"\u2212"} and tokens[1].kind == _NUM:
        return "a negative number is not a count of people"
    if grammar.problem:
        return f"{grammar.problem}; {_ACCEPTED}"
    if readings:
        longest = max(readings, key=lambda r: r.end)
        _, stop, figure = grammar.span(0, longest.end)
        rest = grammar.text[stop:].strip()
        return f"unexpected {rest!r} after the figure {figure!r}; {_ACCEPTED} and nothing else"
    return f"not a figure phrase; {_ACCEPTED}"


def iter_figures(
    text: str, *, semantics: CountSemantics = DEFAULT_SEMANTICS
) -> Iterator[FigureMatch]:
    """Find each figure phrase in running text, left to right, longest phrase first.

    It reads the phrase alone and never judges what is counted: in
    "a 1,000-kilometre front" it finds "1,000", and in "handed over 1,000" it
    finds "over 1,000" (see :meth:`FigureMatch.unhedged`). Time is linear in
    the length of the text.
    """
    grammar = _Grammar(text, semantics)
    tokens, words = grammar.tokens, grammar.words
    i = 0
    while i < len(tokens):
        # Most tokens are words no figure starts with; they have no reading to look for.
        startable = tokens[i].kind == _NUM or words[i] in _STARTS
        reading = grammar.best(i) if startable and grammar.can_start(i) else None
        if reading is None:
            i += 1
            continue
        start, end, matched = grammar.span(i, reading.end)
        yield FigureMatch(start, end, reading.figure, matched)
        i = reading.end
