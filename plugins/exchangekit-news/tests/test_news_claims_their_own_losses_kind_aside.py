"""A side's official on "their own losses", and one kind of loss set off after the noun.

"They make up numbers. Their own losses - killed - are about 350,000.": an official
of one side, in a sentence naming no side, sets "their own" losses against his
own side's, so they are the other side's; the aside "- killed -" narrows the
losses to the dead. "Killed and wounded" set off names no one kind, and a side
named in the sentence owns "their" itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

KINDS = {"killed": "killed", "dead": "killed", "wounded": "wounded", "missing": "missing"}


@settings(max_examples=20, deadline=None)
@given(
    kind=st.sampled_from(sorted(KINDS)),
    dash=st.sampled_from(["-", "\u2014", "\u2013"]),
    count=st.integers(2_000, 900_000),
)
def test_news_one_kind_set_off_after_losses_narrows_them(
    news: News, found: Found, kind: str, dash: str, count: int
) -> None:
    text = f"Kyiv says Russia's losses {dash} {kind} {dash} are {count:,}."
    assert found(news(text)) == {("RUS", KINDS[kind], Count.exact(count))}


def test_news_two_kinds_set_off_stay_total_losses(news: News, found: Found) -> None:
    """Near miss: "killed and wounded" set off names both kinds, the losses as a whole."""
    text = "Kyiv says Russia's losses - killed and wounded - are 700,000."
    assert found(news(text)) == {("RUS", "total_losses", Count.exact(700_000))}


def test_news_their_own_losses_in_an_officials_words_are_the_others(
    news: News, found: Found
) -> None:
    text = (
        "INTERVIEWER: Moscow gives a far higher figure for your dead.\n\n"
        "ZELENSKY: They make up numbers. Their own losses - killed - are about 250,000."
    )
    assert ("RUS", "killed", Count.approx(250_000)) in found(news(text))


def test_news_their_own_losses_of_a_named_side_are_that_sides(news: News, found: Found) -> None:
    """Near miss: a side named in the sentence owns "their" itself."""
    text = "Zelensky said Ukrainian commanders had spoken of their own losses of 40,000."
    assert found(news(text)) == {("UKR", "total_losses", Count.exact(40_000))}
