"""A floor on a figure of words only gives no count: "at least several thousand".

"Rights groups say at least several thousand Ukrainian soldiers are held" puts no top
on the guess, while "several thousand" alone reads as 2,000 to 9,999: dropping the floor
would print a ceiling the speaker never gave. As with a cap ("at most a few dozen"), the
vague figure is left unread; a floor on a number ("at least 3,000") keeps its bound.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]
Legs = Callable[..., dict[tuple[str, str, str], Count]]


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups believe at least several thousand Ukrainian soldiers are still held "
        "by Russia.",
        "Kyiv says more than tens of thousands of Russian troops have been killed near "
        "Bakhmut alone.",
        "Monitors think upwards of several hundred Ukrainian civilians remain in Russian custody.",
        "The ombudsman said Russia still holds thousands of Ukrainian prisoners or more.",
    ],
)
def test_news_a_floor_on_a_vague_claim_reads_no_claim(news: News, text: str) -> None:
    assert news(text).claims == []


def test_news_a_floor_on_a_vague_handover_reads_no_transfer(legs: Legs) -> None:
    found = legs(
        "Ukraine got back 310 soldiers on Friday and said more than a few dozen civilians "
        "had come home with them."
    )
    assert found == {("RUS", "UKR", "prisoners_of_war"): Count.exact(310)}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near misses: a floor on a number keeps it; a vague figure with no bound is read
        # as its band; "handed over" is a verb, not a floor
        (
            "Rights groups believe at least 3,000 Ukrainian soldiers are still held by Russia.",
            "at least 3,000",
        ),
        (
            "Rights groups believe several thousand Ukrainian soldiers are still held by Russia.",
            "thousands",
        ),
    ],
)
def test_news_a_bound_number_or_a_bare_vague_figure_is_read(
    news: News, found: Found, text: str, count: str
) -> None:
    assert found(news(text)) == {("UKR", "captured", Count.parse(count))}


def test_news_handed_over_hundreds_is_a_handover(legs: Legs) -> None:
    found = legs("On Friday Russia handed over hundreds of Ukrainian prisoners of war to Kyiv.")
    assert found == {("RUS", "UKR", "prisoners_of_war"): Count.parse("hundreds")}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=101, max_value=1_700),
    floor=st.sampled_from(["at least", "more than", "upwards of", "no fewer than"]),
    vague=st.sampled_from(["several hundred", "a few dozen", "hundreds of", "dozens of"]),
)
def test_news_a_floor_on_a_vague_count_never_leaves_a_record(
    legs: Legs, n: int, floor: str, vague: str
) -> None:
    found = legs(
        f"Ukraine got back {n:,} soldiers on Friday, and {floor} {vague} civilians came "
        "home with them."
    )
    assert found == {("RUS", "UKR", "prisoners_of_war"): Count.exact(n)}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says Russian losses near Pokrovsk have exceeded tens of thousands since August.",
        "Russian military deaths have topped tens of thousands, Kyiv said.",
        "Ukraine's general staff said Russia's losses in the region had surpassed several "
        "thousand.",
    ],
)
def test_news_a_verb_of_passing_a_vague_figure_reads_no_claim(news: News, text: str) -> None:
    """ "Losses have topped tens of thousands" lifts the guess's top as "more than" does."""
    assert news(text).claims == []


def test_news_a_verb_of_passing_a_number_keeps_its_floor(news: News, found: Found) -> None:
    """Near miss: "topped 20,000" is more than 20,000."""
    read = news("Russian military deaths have topped 20,000, Kyiv said.")
    assert found(read) == {("RUS", "killed", Count.parse("more than 20,000"))}
