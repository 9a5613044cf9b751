"""A web page's headlines (its <title> and its <h1>) yield to the body's figures.

- A page gives its headline twice, the title and the h1 with a byline between; every
  line before the body's first full sentence is a headline. Where the body tells
  another exact figure for the same way and kind ("Moscow said 103 Ukrainian prisoners
  of war had been handed over"), the headlines' figure ("Kyiv gets back 95 soldiers")
  is no record, nor does it size the body's "dozens" into a figure of its own.
- Near miss: a figure only the headlines give for its way (the body's exact figure
  goes the other way) is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_PUBLISHED = date(2025, 4, 20)


def _page(head: str, body: str) -> str:
    return (
        f"<html><head><title>{head} | The Evening Post</title></head><body><article>"
        f"<h1>{head}</h1><p>By A. Reporter</p><p>{body}</p></article></body></html>"
    )


@settings(max_examples=10, deadline=None)
@given(n=st.integers(40, 99), told=st.integers(120, 400))
def test_news_headlines_yield_to_the_body_s_exact_figure(news: News, n: int, told: int) -> None:
    text = _page(
        f"Kyiv gets back {n} soldiers in swap",
        "Ukraine and Russia swapped prisoners on Friday, with dozens of soldiers returning "
        f"to each side. The defence ministry in Moscow said {told} Ukrainian prisoners of "
        "war had been handed over to Kyiv.",
    )
    counts = news(text, published=_PUBLISHED).moved_count_texts()
    assert str(told) in counts
    assert str(n) not in counts


def test_news_two_way_headline_over_two_body_figures(news: News) -> None:
    # harder: the headline tells both ways, "the same number" the other way, and the
    # body's vague "dozens" each way would take the headline's size
    text = _page(
        "Kyiv gets back 64 soldiers, as Moscow says it freed the same number",
        "Each side said it had got dozens of its servicemen back on Friday. Russia's "
        "defence ministry said 212 Russian servicemen had been returned and that 212 "
        "Ukrainian prisoners of war had been handed over in exchange.",
    )
    counts = news(text, published=_PUBLISHED).moved_count_texts()
    assert "64" not in counts
    assert counts.count("212") == 2


def test_news_a_figure_only_the_headlines_give_is_kept(news: News) -> None:
    # near miss: the body gives an exact figure only for the other way
    text = _page(
        "Kyiv gets back 95 soldiers in swap",
        "Ukraine and Russia swapped prisoners on Friday. The defence ministry in Moscow "
        "said 103 Russian servicemen had been returned from Ukrainian-held territory.",
    )
    counts = news(text, published=_PUBLISHED).moved_count_texts()
    assert "95" in counts
    assert "103" in counts
