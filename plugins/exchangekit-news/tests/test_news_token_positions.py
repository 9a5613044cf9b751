"""Where a set of words stands in a sentence's norms, read in C (``positions_of``)."""

from __future__ import annotations

from exchangekit_news._tokens import positions_of, tokenize
from hypothesis import given
from hypothesis import strategies as st

_WORDS = st.sampled_from(["the", "swap", "returned", "bodies", ",", "of", "1,000", "said"])


def test_news_positions_of_counts_from_the_sentence_start() -> None:
    norms = [t.norm for t in tokenize("Kyiv said the swap freed 95 of its soldiers.")]
    assert positions_of(frozenset({"said", "of"}), norms, 10) == [11, 16]


def test_news_positions_of_finds_nothing_when_no_word_stands() -> None:
    norms = [t.norm for t in tokenize("Moscow received 84 servicemen on Friday.")]
    assert positions_of(frozenset({"bodies", "remains"}), norms, 0) == []


@given(st.lists(_WORDS, max_size=30), st.frozensets(_WORDS), st.integers(0, 500))
def test_news_positions_of_is_the_ordered_scan(
    norms: list[str], words: frozenset[str], first: int
) -> None:
    assert positions_of(words, norms, first) == [
        i for i, n in enumerate(norms, first) if n in words
    ]
