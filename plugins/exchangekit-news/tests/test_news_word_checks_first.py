"""Rules that first check the sentence holds their word read what the word-by-word scan read.

A rule that needs a word ("respectively", a bare "Yes.") returns at once when the
sentence lacks it, or stops reading once the answer is settled. Each check is
compared here with the plain scan on text built from the words it looks for.
"""

from __future__ import annotations

from collections.abc import Sequence

from exchangekit_news._clauses import _opens_figures_pair, respective
from exchangekit_news._extract import _ASSENT_WORDS, _assent_only
from exchangekit_news._tokens import Token, tokenize
from hypothesis import example, given
from hypothesis import strategies as st

_RESPECTIVE_WORDS = st.sampled_from(
    ["respectively", "the", "figures", "were", "was", ",", "230", "and", "248", "on", "May"]
)
_ASSENT_TEXT_WORDS = st.sampled_from(
    [
        *("Yes", "yes", "That", "'s", "right", "exactly", "quite", "so", "185", "came", "home"),
        *("YULIA", ":", ".", "?", ",", "indeed", "correct", "is", "that", "soldiers", "-"),
    ]
)


def _plain_respective(norms: Sequence[str], start: int, stop: int) -> bool:
    return any(
        word == "respectively" and not _opens_figures_pair(norms, start + i)
        for i, word in enumerate(norms[start:stop])
    )


def _plain_assent_only(tokens: list[Token], first: int, last: int) -> bool:
    if last - first > 2 and tokens[first + 1].norm == ":" and tokens[first].text.isupper():
        first += 2
    words = [t.norm for t in tokens[first:last] if t.norm.isalpha() or t.norm == "'s"]
    return bool(words) and len(words) <= 3 and set(words) <= _ASSENT_WORDS and words[-1] != "that"


def test_news_respectively_pairs_lists_only_where_the_word_stands() -> None:
    norms = [
        "russia",
        "freed",
        "20",
        "and",
        "30",
        "on",
        "3",
        "and",
        "9",
        "may",
        "respectively",
        ".",
    ]
    assert respective(norms, 0, len(norms))
    assert not respective(norms, 0, len(norms) - 2)  # the word outside the range
    # near-miss: "the figures were, respectively, ..." orders the two directions, no dates
    pair = ["the", "figures", "were", ",", "respectively", ",", "230", "and", "248", "."]
    assert not respective(pair, 0, len(pair))
    assert not respective(["no", "such", "word", "here", "."], 0, 5)


@given(st.lists(_RESPECTIVE_WORDS, max_size=14), st.integers(0, 14), st.integers(0, 14))
@example(["the", "figures", "were", ",", "respectively"], 0, 5)
@example(["230", "and", "248", "respectively"], 1, 4)
def test_news_respective_reads_as_the_plain_scan(norms: list[str], start: int, stop: int) -> None:
    start = min(start, len(norms))
    assert respective(norms, start, stop) == _plain_respective(norms, start, stop)


def test_news_assent_only_stops_at_a_fourth_word() -> None:
    for text, assents in [
        ("Yes.", True),
        ("That's right.", True),
        ("YULIA: Yes, exactly.", True),
        # near-misses: a fourth word, or one that is no assent, says more
        ("Yes, that is quite right.", False),
        ("Yes, 185 came home.", False),
        ("That.", False),
    ]:
        tokens = tokenize(text)
        assert _assent_only(tokens, 0, len(tokens)) is assents, text


@given(st.lists(_ASSENT_TEXT_WORDS, max_size=9), st.integers(0, 3))
@example(["Yes", "right", "quite", "indeed"], 0)
@example(["YULIA", ":", "Yes", ".", "that"], 0)
def test_news_assent_only_reads_as_the_plain_scan(words: list[str], first: int) -> None:
    tokens = tokenize(" ".join(words))
    first = min(first, len(tokens))
    assert _assent_only(tokens, first, len(tokens)) == _plain_assent_only(
        tokens, first, len(tokens)
    )
