"""A pronoun that takes up a speaker's dated statement after comment with no figures.

"On Saturday the president said 52,000 of his soldiers had died. [Comment, a question.]
She said the enemy had lost 210,000": with no figure of anyone's told between, the
speaker's later figures told in the past are of the same dated statement, not of the
day of the report. A date of the sentence's own, a present "says", or another source's
figure told between keeps the report's reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]

_PUBLISHED = date(2024, 3, 5)  # a Tuesday
_SATURDAY = Period.day(date(2024, 3, 2))

_COMMENTS = (
    "Analysts in the capital think the number is low.",
    "It leaves out the missing.",
    "But it is the only official number.",
    "What did she say about the other side?",
)
_BETWEEN = " ".join(_COMMENTS) + " "


def _statement(speaker: str, own: int) -> str:
    return f"On Saturday, {speaker} said {own:,} Ukrainian soldiers had been killed. "


@settings(max_examples=25, deadline=None)
@given(
    speaker=st.sampled_from(["President Halyna Moroz", "Prime Minister Olena Kovalenko"]),
    own=st.integers(20, 60).map(lambda k: k * 1000),
    enemy=st.integers(100, 300).map(lambda k: k * 1000),
    comments=st.integers(2, 4),
)
def test_news_she_said_after_comment_keeps_the_statement_date(
    news: News, speaker: str, own: int, enemy: int, comments: int
) -> None:
    between = " ".join(_COMMENTS[-comments:]) + " "
    text = _statement(speaker, own) + between + f"She said Russia had lost {enemy:,} soldiers."
    claims = news(text, published=_PUBLISHED).claims
    assert {c.count.low for c in claims} >= {own, enemy}
    # the invariant: every figure of the one statement carries its one date
    assert all(c.as_of == _SATURDAY for c in claims)


def test_news_a_transcript_answer_takes_up_the_statement_on_a_later_turn(news: News) -> None:
    """The harder form: speaker labels, and the answer two turns after the figure."""
    text = (
        "HOST: On Saturday, President Halyna Moroz said 52,000 Ukrainian soldiers had "
        "been killed. Is that believable?\n\n"
        "GUEST: Nobody outside Kyiv can check it. Most observers think it is too low.\n\n"
        "HOST: And the Russian side?\n\n"
        "GUEST: She said Russia had lost 210,000 soldiers killed."
    )
    claims = news(text, published=_PUBLISHED).claims
    enemy = next(c for c in claims if c.count.low == 210_000)
    assert enemy.as_of == _SATURDAY


def test_news_a_date_of_its_own_is_kept(news: News) -> None:
    """Near miss: the later sentence names its own day."""
    text = (
        _statement("President Halyna Moroz", 52_000)
        + _BETWEEN
        + "She said on Monday that Russia had lost 210,000 soldiers."
    )
    claims = news(text, published=_PUBLISHED).claims
    enemy = next(c for c in claims if c.count.low == 210_000)
    assert enemy.as_of == Period.day(date(2024, 3, 4))


def test_news_a_present_says_stays_current(news: News) -> None:
    """Near miss: "she says" tells the figure as it stands when reported."""
    text = (
        _statement("President Halyna Moroz", 52_000)
        + _BETWEEN
        + "She says Russia has lost 210,000 soldiers."
    )
    claims = news(text, published=_PUBLISHED).claims
    enemy = next(c for c in claims if c.count.low == 210_000)
    assert enemy.as_of != _SATURDAY


def test_news_another_sources_figure_between_breaks_the_thread(news: News) -> None:
    """Near miss: a figure of another source's told between: no carrying on."""
    text = (
        _statement("President Halyna Moroz", 52_000)
        + "Analysts in the capital think the number is low. "
        + "An independent tally of named Russian dead stands at 90,000, Mediazona says. "
        + "It leaves out the missing. "
        + "She said Russia had lost 210,000 soldiers."
    )
    claims = news(text, published=_PUBLISHED).claims
    enemy = next(c for c in claims if c.count.low == 210_000)
    assert enemy.as_of != _SATURDAY
