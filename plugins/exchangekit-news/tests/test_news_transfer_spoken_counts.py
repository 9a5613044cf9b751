"""Transfers told in the spoken forms of transcripts: counts in words, clipped clauses.

"Moscow got twelve of its dead back": a count written in words between the verb and
its particle makes "got ... back" receiving, as a count in digits does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import PersonCategory

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


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=90),
    st.integers(min_value=2, max_value=90),
    st.sampled_from(["a further", "another"]),
    st.sampled_from(
        [
            ("Kyiv got back", "soldiers", "RUS", "UKR"),
            ("Ukraine freed", "Russian soldiers", "UKR", "RUS"),
        ]
    ),
)
def test_news_a_further_number_returned_is_more_of_the_people_before(
    legs_of: Callable[..., Any],
    first: int,
    more: int,
    further: str,
    told: tuple[str, str, str, str],
) -> None:
    # "; in June a further 10 returned": the noun and the way are the clause before's
    verb, noun, sender, receiver = told
    found = legs_of(f"{verb} {first} {noun} in May; in June, {further} {more} returned.")
    assert set(found) == {(sender, receiver, PersonCategory.PRISONERS_OF_WAR)}
    assert sorted(
        c.best for c in found[(sender, receiver, PersonCategory.PRISONERS_OF_WAR)]
    ) == sorted([first, more])


def test_news_a_further_number_returned_elsewhere_stays_unread(legs: Callable[..., Any]) -> None:
    # near miss: "returned to the front" is no coming home; with no clause before, no way
    found = legs("Kyiv got back 90 soldiers in May; a further 40 returned to the front.")
    assert {key: c.best for key, c in found.items()} == {("RUS", "UKR", "prisoners_of_war"): 90}
    assert legs("In June a further 40 returned.") == {}
