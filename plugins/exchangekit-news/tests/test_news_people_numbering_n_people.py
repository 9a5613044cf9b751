"""People named before "numbering" keep their kind when the figure says "people".

Agency copy from Moscow writes "servicemen of the Ukrainian army numbering 84 people
were handed over": "people" after the figure is a noun of no kind, so the kind is
the one the noun group before "numbering" gives, its head read past an "of" phrase
("servicemen of the armed forces"). A kind after the figure still stands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
THURSDAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        (
            "Servicemen of the Ukrainian army numbering 72 people were handed over to Kyiv.",
            ("RUS", "UKR", "prisoners_of_war", Count.exact(72)),
        ),
        (
            "Russian soldiers numbering 140 persons were returned from Ukraine.",
            ("UKR", "RUS", "prisoners_of_war", Count.exact(140)),
        ),
        (
            "Civilians numbering 12 people were brought back to Ukraine.",
            ("RUS", "UKR", "civilians", Count.exact(12)),
        ),
        (
            "Residents of the border district numbering 31 people were returned to Russia.",
            ("UKR", "RUS", "civilians", Count.exact(31)),
        ),
    ],
)
def test_news_the_noun_before_numbering_gives_the_kind(
    news: News, text: str, leg: tuple[str, str, str, Count]
) -> None:
    assert news(text, published=THURSDAY).legs() == {leg}


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    noun=st.sampled_from(["people", "persons", "individuals"]),
)
def test_news_servicemen_numbering_n_people_are_prisoners_of_war(
    news: News, n: int, noun: str
) -> None:
    """Whatever the count and the word of no kind, servicemen stay prisoners of war."""
    text = f"Servicemen of the armed forces numbering {n:,} {noun} were handed over to Kyiv."
    assert news(text, published=THURSDAY).legs() == {
        ("RUS", "UKR", "prisoners_of_war", Count.exact(n))
    }


def test_news_a_kind_after_the_figure_still_stands(news: News) -> None:
    """Near miss: "bodies of soldiers numbering 50" counts bodies, as before."""
    text = "Bodies of soldiers numbering 50 were returned to Ukraine."
    assert news(text, published=THURSDAY).legs() == {("RUS", "UKR", "remains", Count.exact(50))}


@pytest.mark.parametrize(
    "head",
    ["relatives of servicemen", "families of prisoners of war", "wives of soldiers"],
)
def test_news_the_head_before_of_keeps_its_own_kind(news: News, head: str) -> None:
    """Near miss: kin "of servicemen" are not soldiers; the figure keeps no soldier kind."""
    text = f"Russia handed over {head} numbering 46 people to Ukraine."
    assert all(leg[2] != "prisoners_of_war" for leg in news(text, published=THURSDAY).legs())
