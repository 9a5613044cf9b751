"""Transfers told in the spoken forms of transcripts: counts in words, clipped clauses.

"Moscow got twelve of its dead back": a count written in words between the verb and
its particle makes "got ... back" receiving, as a count in digits does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

_WORDS = {"twelve": 12, "nineteen": 19, "forty": 40, "two hundred": 200, "thirty": 30}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(sorted(_WORDS)),
    st.sampled_from(["Moscow", "Russia", "the Russian side"]),
    st.sampled_from(["of its dead", "bodies", ""]),
)
def test_news_a_count_in_words_before_back_is_received(
    legs: Callable[..., Any], word: str, russia: str, noun: str
) -> None:
    text = f"Last week Kyiv took back 900 bodies from Russia, and {russia} got {word} {noun} back."
    found = legs(" ".join(text.split()))
    assert found[("UKR", "RUS", "remains")].best == _WORDS[word]


def test_news_a_clipped_counterpart_after_a_dash_in_words(legs: Callable[..., Any]) -> None:
    found = legs("In May the pattern held - about a thousand bodies, and Moscow got thirty back.")
    assert set(found) == {("RUS", "UKR", "remains"), ("UKR", "RUS", "remains")}
    assert found[("UKR", "RUS", "remains")].best == 30


def test_news_a_loose_number_word_before_back_stays_unread(legs: Callable[..., Any]) -> None:
    # "one" or "half" between "got" and "back" is a pronoun or a share, not a count
    assert legs("Russia got one back in the last round of talks.") == {}
    assert legs("Moscow got half back, the envoy complained about the money.") == {}
    # no number at all: "got" is no receiving
    assert legs("Russia got its way back then.") == {}
