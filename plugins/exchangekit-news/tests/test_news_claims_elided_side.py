"""A side's adjective with its loss noun left out: "..., Ukrainian at up to 131,000".

After "put Russian casualties near 200,000", the second pair drops the noun, and
the adjective right before "at" says whose the figure is, never the side named first.
A figure that is a claim by its own words (a hedge or a kind after it) is read; so is
the bare "and Ukrainian at 131,000" after a first "<side> <loss> at" pair, whose loss
noun it leaves out, and a possessive standing alone ("and Ukraine's at 400,000").
The left-out noun is the first pair's even when a breakdown ("of whom 250,000 had
been killed") stands between the pairs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def test_news_elided_side_after_a_comma_takes_its_own_figure(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    result = news(
        "Estimates in the files put Russian casualties near 90,000, Ukrainian at up to 60,000."
    )
    subjects = {subject for subject, _, count in found(result) if "60,000" in str(count)}
    assert subjects == {"UKR"}


def test_news_elided_side_is_never_the_side_named_first(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    # the harder form: the sides the other way round, a kind after the second figure
    result = news("A leaked table put Ukrainian losses at 45,000 and Russian at 80,000 dead.")
    subjects = {subject for subject, _, count in found(result) if "80,000" in str(count)}
    assert subjects == {"RUS"}


def test_news_bare_elided_side_after_and(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    result = news("Diplomats put Russian losses at 150,000 and Ukrainian at 95,000.")
    assert {(s, str(c)) for s, _, c in found(result)} == {("RUS", "150,000"), ("UKR", "95,000")}


def test_news_a_noun_after_the_adjective_is_read_as_before(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    # near miss: with the noun written out nothing is elided
    result = news("The report put Russian losses at 200,000 and Ukrainian losses at 131,000.")
    assert {(s, str(c)) for s, _, c in found(result)} == {("RUS", "200,000"), ("UKR", "131,000")}


@settings(max_examples=15, deadline=None)
@given(
    first=st.integers(500, 990).map(lambda k: k * 1000),
    second=st.integers(100, 450).map(lambda k: k * 1000),
    side=st.sampled_from(["Ukraine's", "Kyiv's", "Ukrainian"]),
    hedge=st.sampled_from(["", "almost ", "about "]),
)
def test_news_elided_possessive_takes_the_figures_after_it(
    news: Callable[..., Any],
    found: Callable[[Any], Any],
    first: int,
    second: int,
    side: str,
    hedge: str,
) -> None:
    result = news(
        f"A study by a Berlin institute put Russian casualties at {first:,}, and {side} at"
        f" {hedge}{second:,}."
    )
    subjects = {(s, c.best) for s, _, c in found(result)}
    assert subjects == {("RUS", first), ("UKR", second)}


def test_news_part_after_an_elided_possessive_is_of_that_side(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    # harder form: a part of the first side between, a range of the second side's dead after
    result = news(
        "The analysts put Ukrainian losses at some 500,000, including up to 90,000 dead,"
        " and Russia's at nearly 800,000, of whom between 150,000 and 210,000 had died."
    )
    read = {(s, kind, str(c)) for s, kind, c in found(result)}
    assert ("RUS", "killed", "150,000–210,000") in read
    assert ("RUS", "total_losses", "nearly 800,000 [720,000, 800,000]") in read
    assert not any(s == "UKR" and "150,000" in c for s, _, c in read)


def test_news_possessive_with_its_own_noun_is_no_elision(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    # near miss: "Kyiv's figure" names the teller's figure, not an elided loss noun
    result = news("Moscow put Ukrainian losses at 400,000 in May; Kyiv's figure was not given.")
    assert {s for s, _, _ in found(result)} == {"UKR"}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Intelligence estimates put Russian casualties at 820,000, of whom 190,000 had "
            "been killed, and Ukraine's at about 350,000."
        ),
        # harder: an adjective for the second side, a longer breakdown with "of which"
        (
            "Analysts put Russian losses at 610,000, of which 160,000 were killed in action, "
            "and Ukrainian at close to 290,000."
        ),
    ],
)
def test_news_breakdown_between_the_pairs_gives_no_kind_to_the_second(
    news: Callable[..., Any], found: Callable[[Any], Any], text: str
) -> None:
    # the elided head is the first pair's loss noun, not the breakdown's "killed"
    kinds = {kind for subject, kind, count in found(news(text)) if subject == "UKR"}
    assert kinds == {"total_losses"}


def test_news_second_pair_with_its_own_noun_keeps_that_noun(
    news: Callable[..., Any], found: Callable[[Any], Any]
) -> None:
    # near miss: "Ukraine's dead" writes its head out, so the kind is the dead
    text = (
        "Analysts put Russian losses at 610,000, among them 160,000 killed, and "
        "Ukraine's dead at close to 90,000."
    )
    kinds = {kind for subject, kind, count in found(news(text)) if subject == "UKR"}
    assert kinds == {"killed"}
