""" "... as Russian troops held on to ...": a clause of time with a side's forces as subject.

"Both sides each freed 80 in a swap that came as Ukrainian forces held on to land in
Russia's Kursk region": the "to" of the clause after "as" tells where those forces
were, not where the freed people went, so the figure still goes each way. A "to"
before the "as" is still the figure's own ("returned 40 to Russia as ...").
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
MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "Kyiv and Moscow each freed 86 prisoners of war on Monday, in a swap that came "
            "as Ukrainian forces held on to ground in Russia's Belgorod region.",
            "prisoners_of_war",
            86,
        ),
        (
            "Russia and Ukraine each released 64 soldiers on Monday as Russian troops "
            "clung on to villages in Ukraine's east.",
            "prisoners_of_war",
            64,
        ),
        # harder: "the" before the side, a non-plural noun of the army, no comma
        (
            "Ukraine and Russia each handed over 52 captives on Monday in an exchange that "
            "came as the Russian army moved closer to Ukraine's border city of Sumy.",
            "other",
            52,
        ),
        # a possessive side before the noun of forces
        (
            "Ukraine and Russia each released 71 prisoners of war on Monday, in a swap "
            "that came as Russia's forces advanced to the edge of Ukraine's Donetsk region.",
            "prisoners_of_war",
            71,
        ),
    ],
)
def test_news_a_to_after_a_side_subject_as_clause_names_no_receiver(
    news: News, text: str, kind: str, count: int
) -> None:
    assert news(text, published=MONDAY).legs() == {
        ("UKR", "RUS", kind, Count.parse(str(count))),
        ("RUS", "UKR", kind, Count.parse(str(count))),
    }


def test_news_near_miss_the_figure_s_own_to_before_the_as_clause(news: News) -> None:
    assert news(
        "Ukraine returned 40 soldiers to Russia on Monday as Russian forces pressed on.",
        published=MONDAY,
    ).legs() == {("UKR", "RUS", "prisoners_of_war", Count.parse("40"))}


def test_news_near_miss_as_without_a_side_keeps_its_to(news: News) -> None:
    """ "as prisoners of war to Ukraine": "as" gives the people's kind, no clause of its own."""
    assert news(
        "Russia on Monday handed over 33 captured marines as prisoners of war to Ukraine.",
        published=MONDAY,
    ).legs() == {("RUS", "UKR", "prisoners_of_war", Count.parse("33"))}


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=2, max_value=1799) | st.integers(min_value=2101, max_value=9999))
def test_news_the_as_clause_never_takes_the_figure_to_one_side(news: News, n: int) -> None:
    text = (
        f"Ukraine and Russia each released {n:,} prisoners of war on Monday, in a swap that "
        "came as Ukrainian forces held on to land in Russia's Kursk region."
    )
    count = Count.parse(f"{n:,}")
    assert news(text, published=MONDAY).legs() == {
        ("UKR", "RUS", "prisoners_of_war", count),
        ("RUS", "UKR", "prisoners_of_war", count),
    }
