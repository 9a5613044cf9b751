"""A figure quoted as the words of a caption or headline is shown, not claimed.

A fact check that shows a post's caption ("a million dead") weighs the caption; no one
of record gives its figure. A source's own relative clause inside such a sentence
("the staff's update, which put the losses at N") still gives the source's figure, and
a comma inside a written date ("since March 1, 2022") breaks no clause.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["caption", "headline", "slogan"]),
    st.sampled_from(["a million dead", "500,000 killed", "300,000 Russians dead"]),
)
def test_news_a_quoted_caption_gives_no_claim(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    noun: str,
    words: str,
) -> None:
    text = f'Kyiv\'s chart went viral with the {noun} "{words}" beneath it.'
    assert found(news(text)) == set()


def test_news_a_headline_after_a_colon_gives_no_claim(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # harder form: a colon between the noun and the quote, and a side named first
    text = "The Ukrainian tabloid ran the photo under the headline: '400,000 Russians killed'."
    assert found(news(text)) == set()


def test_news_a_quoted_statement_still_gives_its_claim(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # near miss: quoted words a side says, not a piece of writing shown
    text = 'Kyiv said "400,000 Russian soldiers have been killed".'
    assert found(news(text)) == {("RUS", "killed", Count.exact(400_000))}


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=200_000, max_value=990_000))
def test_news_a_sources_relative_clause_in_a_post_sentence_gives_its_figure(
    news: Callable[..., Any],
    found: Callable[[Any], set[tuple[str, str, Count]]],
    amount: int,
) -> None:
    text = (
        "A widely shared post reproduces a chart of Ukraine's General Staff, which on "
        f"Monday put Russia's losses since March 1, 2022 at {amount:,} personnel."
    )
    assert found(news(text)) == {("RUS", "total_losses", Count.exact(amount))}


def test_news_a_post_saying_it_still_gives_no_claim(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    # near miss: the post itself says the figure; no source's clause opens before it
    text = "A widely shared post says that Russia has lost 900,000 soldiers."
    assert found(news(text)) == set()
