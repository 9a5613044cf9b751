"""A figure that says something of itself is the speaker, not people handed over.

"One of the captives told reporters he had been sent to the front in autumn": the verb of
moving is in the reported clause, whose subject is the pronoun after the verb of saying;
the figure before it counts who spoke.  A figure that is itself the subject of the verb
of handing over ("one of the soldiers was handed over") is still read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = Callable[..., dict[Any, Any]]


@pytest.mark.parametrize(
    "text",
    [
        "One of the Ukrainian prisoners said she had been sent to Russia in the spring.",
        # harder: an indirect object and a relative aside between figure and speech
        "Interrogators said one of the two men, who is 31, told them he had been sent to "
        "Russia in March without being told why.",
        # the verb after the aside's closing comma, reached past it
        "The agency said one of the captured women, who is 40, told officers she had been "
        "sent to Russia in June.",
    ],
)
def test_news_speaker_telling_of_self_moves_nobody(text: str, legs: Legs) -> None:
    assert legs(text) == {}


def test_news_figure_as_subject_of_the_handover_is_read(legs: Legs) -> None:
    # near-miss: no pronoun takes over the verb; the figure is its subject
    assert legs("One of the Russian soldiers was handed over to Russia in March.") != {}


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["said", "told investigators", "told reporters that"]),
    st.sampled_from(["he", "she", "they"]),
)
def test_news_no_handover_through_a_speakers_pronoun(legs: Legs, said: str, pronoun: str) -> None:
    text = f"One of the Ukrainian soldiers {said} {pronoun} had been sent to Russia in May."
    assert legs(text) == {}


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=12, max_value=900),
    st.sampled_from(["said", "told journalists", "told monitors that"]),
)
def test_news_group_telling_of_its_own_handover_is_read(legs: Legs, count: int, said: str) -> None:
    # "they" agrees with a figure of many: the group is the verb's subject, not a speaker of one
    found = legs(
        f"The {count} Russian conscripts {said} they were handed over to Russia on Monday."
    )
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == str(count)


def test_news_group_account_past_an_aside_is_read(legs: Legs) -> None:
    # harder: a relative aside between the group and its verb of saying
    found = legs(
        "Some 75 of the released captives, who had spent two winters in camps, told the UN"
        " mission that they had been returned to Ukraine on Saturday."
    )
    assert list(found) == [("RUS", "UKR", "other")]
    assert found[("RUS", "UKR", "other")].best == 75


def test_news_pronoun_that_cannot_be_the_group_reads_nothing(legs: Legs) -> None:
    # near-miss: "he" cannot stand for 60 people; someone else was handed over
    assert legs("The 60 soldiers said he had been handed over to Ukraine on Friday.") == {}
