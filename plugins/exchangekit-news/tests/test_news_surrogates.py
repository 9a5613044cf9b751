"""Half a surrogate pair in an article is a ParseError naming its line, not a crash."""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news import NewsParser
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import ParseError


def read(text: str) -> list[object]:
    """Everything the news parser gives for ``text``."""
    parser = NewsParser()
    return list(parser.parse(io.StringIO(text), source="a.txt", published=date(2025, 10, 23)))


def test_a_lone_surrogate_in_the_text_is_a_parse_error_naming_its_line() -> None:
    # Regression: the records refused the text, or their ids failed to encode it, uncaught.
    article = "Kyiv, 23 October.\nRussia handed over 1,000 bodies \ud800 on Thursday.\n"
    with pytest.raises(ParseError, match="unpaired surrogate '\\\\ud800'") as info:
        read(article)
    assert (info.value.source, info.value.line) == ("a.txt", 2)


@given(
    before=st.text(max_size=40),
    half=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
)
def test_any_article_with_half_a_pair_is_refused_as_a_parse_error(before: str, half: str) -> None:
    with pytest.raises(ParseError, match="unpaired surrogate"):
        read(f"{before}Russia handed over 1,000 bodies{half} to Ukraine on Thursday.")
