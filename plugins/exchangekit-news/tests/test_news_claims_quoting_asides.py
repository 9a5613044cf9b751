"""A speaker's aside of quoting between a verb of losing and its figure.

"Moscow said Kyiv had lost, and I quote, more than 300,000": the losses are still
those of the subject of "had lost", not of the side whose official is speaking.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


@settings(max_examples=30, deadline=None)
@given(
    loser=st.sampled_from([("Ukraine", "UKR"), ("Kyiv", "UKR"), ("Russia", "RUS")]),
    speaker=st.sampled_from(["Shoigu", "Zelensky", "the defence ministry"]),
    aside=st.sampled_from(["and I quote", "and I'm quoting", "quote", "I am quoting here"]),
    verb=st.sampled_from(["lost", "suffered"]),
    count=st.integers(120, 480).map(lambda k: k * 1000),
)
def test_news_a_quoting_aside_keeps_the_loser_of_the_verb(
    news: News, loser: tuple[str, str], speaker: str, aside: str, verb: str, count: int
) -> None:
    side, code = loser
    text = (
        f"{speaker.capitalize() if speaker[0].islower() else speaker} said in December that "
        f"{side} had {verb}, {aside}, more than {count:,} killed and wounded."
    )
    claims = news(text, published=date(2024, 2, 26)).claims
    assert [c.subject.code for c in claims] == [code]


def test_news_a_quoting_aside_in_a_spoken_turn_reads_the_loser(news: News) -> None:
    """The harder form: a transcript turn, the figure quoted in words."""
    text = (
        "ANALYST: The Russian minister told his generals in December that Ukraine had "
        'suffered, and I\'m quoting him, "more than four hundred thousand" killed and wounded.'
    )
    (claim,) = news(text, published=date(2024, 2, 26)).claims
    assert claim.subject.code == "UKR"


@pytest.mark.parametrize(
    "text",
    [
        # the aside is the speaker's, before the reported clause: nothing to skip
        "Shoigu said, and I quote, that Russia had lost 5,000 soldiers killed.",
        # not an aside of quoting: a side named in a clause of its own
        "Shoigu said in December that Ukraine had lost heavily, while Russia, he said, had "
        "lost 5,000 soldiers killed.",
    ],
)
def test_news_no_quoting_aside_after_the_verb_keeps_the_side_named(news: News, text: str) -> None:
    claims = news(text, published=date(2024, 2, 26)).claims
    assert [c.subject.code for c in claims if str(c.count) == "5,000"] == ["RUS"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The Russian minister said in March that Ukraine had lost, and I'm quoting, "
            '"more than 250,000" killed and wounded.',
            "UKR",
        ),
        (
            "Kyiv said in March that Russia had lost, and I am quoting the general, "
            "more than 120,000 killed.",
            "RUS",
        ),
        # the aside a speech verb's: the sentence's opener still loses nothing
        (
            "The Russian minister said last winter that Ukraine had lost, as he put it, "
            '"more than 200,000" killed and wounded.',
            "UKR",
        ),
        # harder: the speaker's own side is named first and the quote opens on words
        (
            "Moscow's defence chief said that Ukraine had lost, and I quote, "
            '"over 250,000" killed and wounded.',
            "UKR",
        ),
    ],
)
def test_news_loss_after_a_quoting_aside_is_the_verbs_subject(
    news: News, text: str, subject: str
) -> None:
    """The claim's subject is the side before "had lost", not the sentence's opener."""
    subjects = {str(c.subject.code) for c in news(text).claims}
    assert subjects == {subject}


def test_news_opening_side_that_suffered_losses_keeps_them(news: News) -> None:
    """With no other side before the loss words, the opening side still owns the toll."""
    text = (
        "North Korean units, of whom thousands went to the front, have suffered heavy "
        "losses, according to Kyiv, which said that around 2,000 had been killed or wounded."
    )
    assert {str(c.subject.code) for c in news(text).claims} == {"PRK"}
