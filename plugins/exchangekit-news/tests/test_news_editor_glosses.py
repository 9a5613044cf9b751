"""An editor's gloss in brackets ("(sic)", "[sic]", "(illustrative)") is read past.

The gloss marks a word or figure as quoted as found or given for illustration; it says
nothing of the figure's size, kind or side. Standing between a number and its noun
("620 (sic) civilians were killed") it used to cut the figure off from its noun and
verb, so the toll was missed. The quote shown to a reviewer still holds the gloss.
The notes are taken out of a sentence's tokens by :mod:`exchangekit_news._asides`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 8, 12)


def test_news_a_gloss_between_figure_and_noun(news: News, found: Found) -> None:
    read = news(
        "Between January and July, monitors confirmed that 620 (illustrative) civilians"
        " were killed and 2,310 (illustrative) injured in Ukraine.",
        published=_PUBLISHED,
        publisher="Monitoring Office",
    )
    kinds = {(kind, str(count)) for _side, kind, count in found(read)}
    assert ("killed", "620") in kinds
    assert ("wounded", "2,310") in kinds
    quoted = " ".join(q.text for claim in read.claims for q in claim.quotes)
    assert "(illustrative)" in quoted


@pytest.mark.parametrize("gloss", ["[sic]", "(sic)"])
def test_news_a_sic_gloss_after_the_noun(news: News, found: Found, gloss: str) -> None:
    """The harder form: the gloss after the noun, in either bracket, with a hedge before it."""
    read = news(
        f"The ministry said on Monday that at least 48 Ukrainian soldiers {gloss} had been"
        " killed in the shelling.",
        published=_PUBLISHED,
    )
    assert ("UKR", "killed") in {(side, kind) for side, kind, _count in found(read)}
    quoted = " ".join(q.text for claim in read.claims for q in claim.quotes)
    assert gloss in quoted


@settings(max_examples=20, deadline=None)
@given(gloss=st.sampled_from(["(sic)", "[sic]", "(illustrative)", "[illustrative]"]))
def test_news_a_gloss_after_the_figure_changes_no_record(gloss: str) -> None:
    """The same sentence with and without a gloss after its figure reads the same records."""

    def claims(text: str) -> list[tuple[str, ...]]:
        items = NewsParser().parse(io.StringIO(text), source="gloss.txt", published=_PUBLISHED)
        return [
            (str(c.subject), str(c.category), str(c.count), str(c.covers), str(c.as_of))
            for c in items
            if isinstance(c, CasualtyClaim)
        ]

    plain = "Monitors said on Monday that 620 civilians were killed in Ukraine in July."
    read = claims(plain)
    assert [count for _s, _c, count, _cv, _a in read] == ["620"]
    assert claims(plain.replace("620", f"620 {gloss}")) == read


def test_news_a_bracketed_word_that_is_no_gloss_stays(news: News, found: Found) -> None:
    """The near miss: a bracketed word of substance is kept, and its clash still refuses."""
    read = news(
        "The ministry said 48 Ukrainian soldiers (wounded) were killed in the shelling.",
        published=_PUBLISHED,
    )
    assert not found(read)
