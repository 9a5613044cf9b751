"""The figure grammar's fast paths read text exactly as the plain loops they replaced.

The tokenizer folds white space into the match of the token after it, and
``iter_figures`` skips tokens no figure can start with; both are checked
against the straightforward versions kept here as references.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import figures
from exchangekit.figures import FigureMatch, _Grammar, _scan_number, _Token, _tokenize

# The tokenizer as it was: one match per run of white space, one per token.
_OLD_TOKEN = re.compile(
    r"(?P<ws>\s+)|(?P<num>[0-9])|(?P<word>[^\W\d_]+)|(?P<dash>[-\u2010-\u2014\u2212])|(?P<plus>\+)",
)


def _old_tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(text):
        match = _OLD_TOKEN.match(text, pos)
        kind = match.lastgroup if match is not None else None
        if match is None or kind is None:
            tokens.append(_Token(figures._OTHER, text[pos], pos, pos + 1))
            pos += 1
        elif kind == "ws":
            pos = match.end()
        elif kind == "num":
            token, pos = _scan_number(text, pos)
            tokens.append(token)
        elif kind == "word":
            tokens.append(_Token(figures._WORD, match.group().lower(), pos, match.end()))
            pos = match.end()
        else:
            sign = figures._DASH if kind == "dash" else figures._PLUS
            tokens.append(_Token(sign, match.group(), pos, pos + 1))
            pos = match.end()
    return tokens


def _old_iter_figures(text: str) -> Iterator[FigureMatch]:
    grammar = _Grammar(text, figures.DEFAULT_SEMANTICS)
    i = 0
    while i < len(grammar.tokens):
        reading = grammar.best(i) if grammar.can_start(i) else None
        if reading is None:
            i += 1
            continue
        start, end, matched = grammar.span(i, reading.end)
        yield FigureMatch(start, end, reading.figure, matched)
        i = reading.end


# Pieces that exercise every branch: digit groups with commas and odd spaces, decimals,
# "k", number and scale words, hedges, dashes of every kind, signs, marks, line breaks.
_PIECES = st.sampled_from(
    [
        "1",
        "0",
        "46",
        "1,000",
        "1 000",
        "1\u00a0000",
        "2\u202f500",
        "1.5",
        "12k",
        "2025",
        ",",
        ".",
        ":",
        "/",
        "-",
        "\u2013",
        "\u2212",
        "+",
        "%",
        "$",
        "(",
        " ",
        "  ",
        "\n",
        "\t",
        "about",
        "more than",
        "at least",
        "up to",
        "between",
        "and",
        "to",
        "a",
        "dozen",
        "dozens",
        "hundreds",
        "thousand",
        "million",
        "a quarter of a million",
        "forty",
        "five",
        "twenty-one",
        "soldiers",
        "K",
        "É",
        "_",
        "’",
    ]
)
_TEXT = st.lists(_PIECES, max_size=30).map("".join) | st.text(max_size=60)


@settings(max_examples=400)
@given(_TEXT)
def test_tokenizer_matches_the_plain_loop(text: str) -> None:
    assert _tokenize(text) == _old_tokenize(text)


@settings(max_examples=400)
@given(_TEXT)
def test_iter_figures_matches_the_loop_over_every_token(text: str) -> None:
    assert list(figures.iter_figures(text)) == list(_old_iter_figures(text))


def test_a_long_run_of_spaces_is_one_step() -> None:
    text = "about" + " " * 50_000 + "5 soldiers"
    assert [t.text for t in _tokenize(text)] == ["about", "5", "soldiers"]


# Every word the grammar knows, and a few it does not, so generated phrases meet hedges,
# scale fractions and compound number words as well as the words around them.
_VOCABULARY = st.sampled_from(
    sorted(
        figures.NUMBER_WORDS
        | figures._STARTS
        | {w for words in figures._HEDGES for w in words}
        | {w for words in figures._SCALE_FRACTIONS for w in words}
        | {"and", "of", "the", "than", "so", "or", "soldiers", "prisoners"}
    )
)
_WORDY_TEXT = st.lists(_VOCABULARY | _PIECES, max_size=12).map(" ".join)


@settings(max_examples=400)
@given(_WORDY_TEXT | _TEXT)
def test_a_word_no_number_starts_with_has_no_number_reading(text: str) -> None:
    """``numbers`` skips words outside ``_NUMBER_FIRSTS``: the long way finds nothing there."""
    grammar = _Grammar(text, figures.DEFAULT_SEMANTICS)
    for i, word in enumerate(grammar.words):
        if word and word not in figures._NUMBER_FIRSTS:
            assert grammar._word_numbers(i) == []


@settings(max_examples=400)
@given(_WORDY_TEXT | _TEXT)
def test_hedges_found_by_their_first_two_words_are_the_full_lists_matches(text: str) -> None:
    """Looking hedges up by two words finds what a scan of every hedge, longest first, finds."""
    grammar = _Grammar(text, figures.DEFAULT_SEMANTICS)
    longest_first = sorted(figures._HEDGES.items(), key=lambda item: -len(item[0]))
    for i in range(len(grammar.tokens)):
        expected = [
            (words, maker)
            for words, maker in longest_first
            if all(grammar._word(i + k) == w for k, w in enumerate(words))
        ]
        assert grammar._hedges_at(i) == expected


@settings(max_examples=400)
@given(
    st.integers(min_value=1, max_value=figures.MAX_FIGURE),
    st.sampled_from(["{:,}", "{}", "{:,}k", "{}.5", "{}.25 million", "{:,}.0"]),
)
def test_a_number_token_has_the_value_its_digits_spell(n: int, form: str) -> None:
    """A whole number's value is a plain int, equal to the Fraction its digits spell."""
    text = form.format(n)
    token, _ = _scan_number(text, 0)
    if token.kind != figures._NUM:
        return  # refused as too large: no value to compare
    digits = token.text.replace(",", "").rstrip("kK")
    scale = 1000 if token.text[-1:] in "kK" else 1
    assert token.value == Fraction(digits) * scale
    assert isinstance(token.value, int) == ("." not in digits)
