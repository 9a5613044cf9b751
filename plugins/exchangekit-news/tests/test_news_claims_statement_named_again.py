"""A statement named again with a definite article keeps the day it was given.

"The minister said in an interview aired on Sunday that 30,000 had died. In the
interview, she said 90,000 had been wounded": "in the interview" (or "during that
speech") points back to the statement the text has already dated, so its figures take
that day, even after a figure recalled from an earlier month. An indefinite "in an
interview", or a statement of another kind, is no such pointer.
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
_SUNDAY = Period.day(date(2024, 3, 3))


@settings(max_examples=25, deadline=None)
@given(
    noun=st.sampled_from(["interview", "speech", "briefing", "address"]),
    pointer=st.sampled_from(["In the", "In that", "During the", "In the same"]),
    killed=st.integers(20, 60).map(lambda k: k * 1000),
    wounded=st.integers(70, 150).map(lambda k: k * 1000),
)
def test_news_the_statement_named_again_keeps_its_day(
    news: News, noun: str, pointer: str, killed: int, wounded: int
) -> None:
    text = (
        f"Defence Minister Oksana Lysenko said in a {noun} on Sunday that {killed:,} "
        f"Ukrainian soldiers had been killed. {pointer} {noun}, she said that "
        f"{wounded:,} Ukrainian soldiers had been wounded."
    )
    claims = news(text, published=_PUBLISHED).claims
    assert {c.count.low for c in claims} == {killed, wounded}
    # the invariant: every figure of the one statement carries its one date
    assert all(c.as_of == _SUNDAY for c in claims)


def test_news_also_said_after_a_recalled_figure_keeps_the_statement_day(news: News) -> None:
    """The harder form: a participle dates the statement, a figure from an earlier month
    is recalled between, and "also said" follows that recall."""
    text = (
        "President Taras Bondar said in a radio interview aired on Sunday that 52,000 "
        "Ukrainian soldiers had died. In the interview, he said about 300,000 Ukrainian "
        "soldiers had been wounded. His previous figure, given in October, was 48,000 "
        "killed. He also said that Russia had lost about 200,000 soldiers killed."
    )
    claims = news(text, published=_PUBLISHED).claims
    dates = {c.count.low: c.as_of for c in claims}
    assert dates[52_000] == _SUNDAY
    assert dates[270_000] == _SUNDAY  # "about 300,000": a tenth either way
    assert dates[180_000] == _SUNDAY  # not October's, the recalled figure's


def test_news_an_indefinite_statement_is_another_one(news: News) -> None:
    """Near-miss: "in an interview" is a statement the text has not dated (here another
    speaker's, so nothing else ties it to Sunday's)."""
    text = (
        "Defence Minister Oksana Lysenko said in an interview on Sunday that 30,000 "
        "Ukrainian soldiers had been killed. Analysts doubt the number. In an interview, "
        "a spokesman said that 90,000 Ukrainian soldiers had been wounded."
    )
    claims = news(text, published=_PUBLISHED).claims
    dates = {c.count.low: c.as_of for c in claims}
    assert dates[30_000] == _SUNDAY
    assert dates.get(90_000) != _SUNDAY


def test_news_a_statement_of_another_kind_is_not_pointed_back_to(news: News) -> None:
    """Near-miss: "the briefing" names no statement the text dated (a speech was)."""
    text = (
        "Defence Minister Oksana Lysenko said in a speech on Sunday that 30,000 "
        "Ukrainian soldiers had been killed. Analysts doubt the number. In the "
        "briefing, a spokesman said 90,000 Ukrainian soldiers had been wounded."
    )
    claims = news(text, published=_PUBLISHED).claims
    dates = {c.count.low: c.as_of for c in claims}
    assert dates[30_000] == _SUNDAY
    assert dates.get(90_000) != _SUNDAY
