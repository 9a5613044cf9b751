"""A bare "N of its own" names no kind when the number is spelled out, as in digits.

"Thirty Ukrainian marines came home. Moscow got back thirty of its own": the
second side's count has no noun of its own, so it is of no one kind, however the
number is written; "thirty of its marines" still names the kind.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2024, 3, 4)

_SPELLED = {
    "twelve": 12,
    "thirty": 30,
    "forty-four": 44,
    "sixty": 60,
    "eighty-one": 81,
    "one hundred and ten": 110,
}


def test_news_spelled_own_people_after_soldiers_are_of_no_one_kind() -> None:
    text = (
        "Thirty Ukrainian marines came home from captivity on Sunday, the prisoner "
        "office said. Moscow got back thirty of its own, its ministry added."
    )
    assert moves(text, _DAY) == {
        ("RUS", "UKR", "prisoners_of_war", 30),
        ("UKR", "RUS", "other", 30),
    }


def test_news_spelled_own_people_in_the_same_sentence_are_of_no_one_kind() -> None:
    text = (
        "On Sunday sixty Ukrainian soldiers returned from captivity and Russia, in "
        "return, received sixty of its own, officials in Kyiv said."
    )
    assert ("UKR", "RUS", "other", 60) in moves(text, _DAY)
    assert ("UKR", "RUS", "prisoners_of_war", 60) not in moves(text, _DAY)


def test_news_spelled_own_soldiers_keep_their_noun() -> None:
    # the near miss: "of its soldiers" names the kind
    text = (
        "Thirty Ukrainian marines came home from captivity on Sunday, the prisoner "
        "office said. Moscow got back thirty of its soldiers, its ministry added."
    )
    assert ("UKR", "RUS", "prisoners_of_war", 30) in moves(text, _DAY)


@settings(max_examples=12, deadline=None)
@given(word=st.sampled_from(sorted(_SPELLED)))
def test_news_spelled_and_digit_own_people_are_read_alike(word: str) -> None:
    n = _SPELLED[word]
    told = "Ukrainian servicemen were freed from Russian captivity on Sunday, Kyiv said."
    spelled = moves(f"{n} {told} Russia got back {word} of its own.", _DAY)
    digits = moves(f"{n} {told} Russia got back {n} of its own.", _DAY)
    assert spelled == digits
    assert ("UKR", "RUS", "other", n) in spelled
