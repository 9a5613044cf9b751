"""An editor's gloss in brackets ("(sic)", "(illustrative)") is read as if it were absent.

The gloss marks a word or figure as quoted as found or given for illustration; it says
nothing of the figure's size, kind or side. Standing between a number and its noun
("620 (sic) civilians were killed") it used to cut the figure off from its noun and
verb, so the toll was missed. The quote shown to a reviewer still holds the gloss.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit_news._markup import blank_glosses
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 8, 12)


@settings(max_examples=30, deadline=None)
@given(text=st.text(alphabet="ab (sic)[illustrative]0123456789\n", max_size=60))
def test_news_blanking_glosses_keeps_every_offset(text: str) -> None:
    """Blanking never moves a character: the text keeps its length and every non-gloss letter."""
    blanked = blank_glosses(text)
    assert len(blanked) == len(text)
    assert all(b in (a, " ") for a, b in zip(text, blanked, strict=True))


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


def test_news_a_sic_gloss_after_the_noun(news: News, found: Found) -> None:
    """The harder form: "[sic]" after the noun, in square brackets, with a hedge before it."""
    read = news(
        "The ministry said on Monday that at least 48 Ukrainian soldiers [sic] had been"
        " killed in the shelling.",
        published=_PUBLISHED,
    )
    assert ("UKR", "killed") in {(side, kind) for side, kind, _count in found(read)}


def test_news_a_bracketed_word_that_is_no_gloss_stays(news: News, found: Found) -> None:
    """The near miss: a bracketed word of substance is kept, and its clash still refuses."""
    assert blank_glosses("48 soldiers (wounded)") == "48 soldiers (wounded)"
    assert blank_glosses("the (sic transit) line") == "the (sic transit) line"
    read = news(
        "The ministry said 48 Ukrainian soldiers (wounded) were killed in the shelling.",
        published=_PUBLISHED,
    )
    assert not found(read)
