"""'Among those freed, it said, were ten medics': a part, past the speech aside.

A clause opened by "among" and closed by its copula makes the people after the copula
a part of a group counted elsewhere; a ", it said," aside between the two changes
nothing, so the part is not read as a handover of its own.
"""

from __future__ import annotations

import pytest
from exchangekit_news._extract import Discourse, _Sentence
from exchangekit_news._mentions import find_mentions, lexicon
from exchangekit_news._tokens import tokenize

from exchangekit import DEFAULT_REGISTRY, SourceKind

_LEXICON = lexicon(iter(DEFAULT_REGISTRY))


def _sentence(text: str) -> _Sentence:
    tokens = tokenize(text)
    mentions = find_mentions(tokens, 0, len(tokens), text, _LEXICON)
    return _Sentence(0, tokens, 0, len(tokens), mentions, Discourse(), text, SourceKind.MEDIA)


@pytest.mark.parametrize(
    "text",
    [
        "Among those freed on Friday, it said, were eight Ukrainian soldiers.",
        "Among those freed on Friday, the headquarters said, were eight Ukrainian soldiers.",
        "Among those freed on Friday were eight Ukrainian soldiers.",
    ],
)
def test_news_fronted_among_holds_past_a_speech_aside(text: str) -> None:
    sentence = _sentence(text)
    (figure,) = sentence.m.figures
    assert sentence._fronted_among(figure)


def test_news_an_aside_that_is_no_speech_still_ends_the_among_clause() -> None:
    # near miss: the comma aside tells a place, and the copula's clause is a new one
    sentence = _sentence("Among other cities, in the east, were eight Ukrainian soldiers.")
    (figure,) = sentence.m.figures
    assert not sentence._fronted_among(figure)
