"""Transfers whose side, size or deed the words leave open are read as nothing.

A figure printed with the wrong side or as a handover that never happened is worse
than a missed one. Four constructions of news copy that used to give one:

- "It came a week after ..., when 300 soldiers came home": the bare "it" is the
  exchange told before, not the side a sentence before quoted, so it is no home;
- "Russia received the same number as in June": the phrase repeats another
  exchange's count, not the figure the sentence told just before;
- "there was talk of an exchange of 500 for 500": an exchange only spoken of;
- 'Kyiv did not "get back 900 soldiers"': a quotation opened on the verb keeps the
  negation before it.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves

_DAY = date(2025, 7, 1)


def test_news_bare_it_after_a_quoted_side_is_no_home() -> None:
    """A sentence opened by "it" (the exchange) gives its homecomers no side."""
    text = (
        "The swap brought home 140 Ukrainians, officials in Kyiv said. Moscow's defence "
        "ministry said it had taken back 140 servicemen. It followed a smaller exchange "
        "in April, when 250 soldiers and 12 civilians came home."
    )
    read = moves(text, _DAY)
    assert not {m for m in read if m[3] in (250, 12)}


def test_news_it_said_still_names_the_home() -> None:
    """Near miss: "it said" is the quoted side speaking, and still its own people's home."""
    text = "Kyiv's headquarters gave a figure. It said 230 soldiers came home on Friday."
    assert ("RUS", "UKR", "prisoners_of_war", 230) in moves(text, _DAY)


@settings(max_examples=5, deadline=None)
@given(
    bodies=st.integers(min_value=300, max_value=2_000),
    when=st.sampled_from(["in May", "last time", "before", "in the previous handover"]),
)
def test_news_same_number_as_another_time_is_no_echo(bodies: int, when: str) -> None:
    """A figure told as "the same number as in May" is not the sentence's own again."""
    text = (
        f"On 3 June Russia handed {bodies:,} bodies over to Ukraine, and Russia received "
        f"the same number of its own as {when}."
    )
    read = moves(text, _DAY)
    assert ("RUS", "UKR", "remains", bodies) in read
    assert ("UKR", "RUS", "remains", bodies) not in read


def test_news_same_number_in_return_still_echoes() -> None:
    """Near miss: with no other time named, "the same number" repeats the figure."""
    text = (
        "On 3 June Russia handed 1,800 bodies over to Ukraine, and Russia received the "
        "same number of its own."
    )
    read = moves(text, _DAY)
    assert {("UKR", "RUS", "remains", 1800), ("RUS", "UKR", "remains", 1800)} <= read


@pytest.mark.parametrize(
    "text",
    [
        "There was talk in the autumn of a far larger exchange, 800 for 800.",
        "There was talk of an exchange of 500 for 500, diplomats said.",
        "Speculation of a swap of 300 prisoners grew over the summer.",
    ],
)
def test_news_an_exchange_only_talked_of_is_none(text: str) -> None:
    """An exchange that was only talk moves no one."""
    assert moves(text, _DAY) == set()


def test_news_an_exchange_in_the_spring_of_a_year_is_still_read() -> None:
    """Near miss: "in the spring of 2025" dates an exchange; it is no talk."""
    text = "In the spring of 2025 an exchange of 400 for 400 took place."
    assert ("RUS", "UKR", "prisoners_of_war", 400) in moves(text, _DAY)


@pytest.mark.parametrize("verb", ['did not "get back', 'never "received', 'has not "brought home'])
def test_news_a_quoted_verb_keeps_its_negation(verb: str) -> None:
    """A quotation opened on the verb does not cut the verb off from "not"."""
    text = f'Fact check: Ukraine {verb} 900 soldiers in one day" last month.'
    assert moves(text, _DAY) == set()


def test_news_a_quoted_verb_with_no_negation_is_read() -> None:
    """Near miss: a quoted verb that nothing negates still moves its people."""
    text = 'Moscow said it had "returned 60 prisoners" to Ukraine on Monday.'
    assert ("RUS", "UKR", "prisoners_of_war", 60) in moves(text, _DAY)
