"""A set-off list of kinds after a count of people renames the whole group.

"130 Ukrainians - soldiers, sailors and border guards - came home": the aside between
dashes (or brackets) lists who the people are; when every item is of one kind, the
count is of that kind, and a kind the text states is no guess to be dropped beside
another figure of no one kind. A list with civilians in it, or an aside that names
civilians among them, leaves the count of no one kind (`other`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Legs = Callable[..., dict[tuple[str, str, str], Count]]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said 64 Ukrainians - marines, sailors and border guards - came home on Monday.",
        "Kyiv said 64 Ukrainians (paratroopers and national guardsmen) came home on Monday.",
        "Kyiv said 64 Ukrainians — soldiers, sailors and border guards, some of whom had been "
        "held since 2022 — came home on Monday.",
        "Ukraine won back 64 of its citizens — soldiers and marines — on Monday, Kyiv said.",
    ],
)
def test_news_a_list_of_military_kinds_set_off_after_the_count_makes_it_prisoners(
    legs: Legs, text: str
) -> None:
    assert legs(text) == {("RUS", "UKR", "prisoners_of_war"): Count.exact(64)}


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the aside mixes kinds, or names civilians among them
        "Kyiv said 64 Ukrainians - soldiers and civilians - came home on Monday.",
        "Kyiv said 64 Ukrainians — soldiers and sailors, two of whom were civilians — came "
        "home on Monday.",
        "Kyiv said 64 Ukrainians came home on Monday.",
        # an aside naming the dead or the wounded among them: not all are of one kind
        "Kyiv won back 64 Ukrainians — soldiers, eight of whom had died in captivity — on Monday.",
        "Ukraine received 64 Ukrainians (marines and sailors, five of whom were killed in "
        "Russian jails) on Monday.",
        "Ukraine brought home 64 citizens - soldiers, 12 of whom were returned as bodies - on "
        "Monday.",
        "Ukraine brought home 64 citizens - soldiers, 12 of whom were badly wounded - on Monday.",
    ],
)
def test_news_a_mixed_or_missing_list_leaves_the_count_of_no_one_kind(
    legs: Legs, text: str
) -> None:
    assert legs(text) == {("RUS", "UKR", "other"): Count.exact(64)}


def test_news_the_stated_kind_outlasts_a_headline_of_no_one_kind(legs: Legs) -> None:
    text = (
        "64 Ukrainians freed in weekend swap\n\n"
        "Kyiv said 64 Ukrainians - marines, sailors and border guards - came home on Monday."
    )
    assert legs(text) == {("RUS", "UKR", "prisoners_of_war"): Count.exact(64)}


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=2, max_value=1_799) | st.integers(min_value=2_101, max_value=9_999))
def test_news_a_military_list_gives_its_kind_whatever_the_count(legs: Legs, n: int) -> None:
    found = legs(f"Kyiv said {n:,} Ukrainians - soldiers and sailors - came home on Monday.")
    assert found == {("RUS", "UKR", "prisoners_of_war"): Count.exact(n)}
