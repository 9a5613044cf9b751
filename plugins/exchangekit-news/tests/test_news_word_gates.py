"""Rules that skip a sentence lacking the word they need still read the sentences that have it.

Per-figure rules of handovers (a retraction on air, a part of people a relative clause
says were moved, a figure after a ranked "since", a part of a group that "included"
it) first ask whether the sentence holds any word they turn on ("correct", "misspoke"
or "scratch"; "who" or "that"; "since"; "included"), and the rule of parts spelling
out a whole whether it has the three figures that needs; each reads nothing further
when not. So do the rule of a count gone "each way" (a verb of going), the rule of
exchanges summed (a plural of exchanges, or "alone") and the rule of a perfect far
above a dated swap ("has", "have" or "had"). Each word each rule turns on is tried
here, so a gate that forgot one would let a figure through.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
THURSDAY = date(2025, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "ANCHOR: Our reporter in Kyiv says 73 Ukrainian soldiers came home overnight - "
        "no, scratch that, the ministry has not confirmed any number yet.",
        "ANCHOR: Officials told us Moscow had sent back 58 prisoners on Monday, well, let "
        "me correct that, they only said talks on a swap were going on.",
    ],
)
def test_news_figure_withdrawn_with_each_word_is_not_read(news: News, text: str) -> None:
    got = news(text, published=THURSDAY)
    assert got.legs() == set()


@pytest.mark.parametrize("relative", ["who", "that"])
def test_news_part_of_people_a_relative_clause_moved_is_not_read(news: News, relative: str) -> None:
    text = (
        f"Three of the soldiers {relative} had come home from Russian captivity last week, "
        "the regional governor said on Thursday, are from the Sumy region."
    )
    assert news(text, published=THURSDAY).legs() == set()


def test_news_figure_after_ranked_since_is_not_the_swaps(news: News) -> None:
    text = (
        "Ukraine got back 95 soldiers from Russia on Friday, officials said, the first swap "
        "since 40 were exchanged for 40 in March."
    )
    assert {c for *_, c in news(text, published=THURSDAY).legs()} == {Count.exact(95)}


def test_news_figure_without_the_words_is_still_read(news: News) -> None:
    # near-miss: none of the words the three rules need, and a plain handover to read
    text = (
        "Russia, the ombudsman's office said on Wednesday, handed back 112 Ukrainian "
        "servicemen to Kyiv in an exchange brokered by the Emirates."
    )
    assert {c for *_, c in news(text, published=THURSDAY).legs()} == {Count.exact(112)}


def test_news_parts_spelling_out_the_whole_before_them_are_not_read(news: News) -> None:
    # three figures, the fewest a whole and two parts need
    text = (
        "Kyiv said on Monday that 31 civilians, freed from Russian detention, had come "
        "home: 22 men and 9 women."
    )
    assert {c for *_, c in news(text, published=THURSDAY).legs()} == {Count.exact(31)}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said the men it received on Friday included 17 civilians.",
        "The 230 who had come back from Russia on Friday included 14 marines.",
    ],
)
def test_news_part_a_moved_group_included_is_not_read(news: News, text: str) -> None:
    assert news(text, published=THURSDAY).legs() == set()


@pytest.mark.parametrize(
    "clause",
    [
        "On Saturday, 64 prisoners went each way",
        "By Saturday, 64 prisoners had gone each way",
        "On Saturday, 64 prisoners crossed each way at the border",
    ],
)
def test_news_count_gone_each_way_is_read_per_side(news: News, clause: str) -> None:
    # the rule of a verb of going "each way" first asks for one of its verbs
    got = news(f"{clause}, the ministry said.", published=THURSDAY).legs()
    assert {(s, r, c) for s, r, _, c in got} == {
        ("RUS", "UKR", Count.exact(64)),
        ("UKR", "RUS", Count.exact(64)),
    }


def test_news_count_gone_one_way_is_read_one_way(news: News) -> None:
    # near-miss: a verb of going, but to one side only
    text = "On Saturday, 64 prisoners went home to Ukraine, the ministry said."
    got = news(text, published=THURSDAY).legs()
    assert {(s, r, c) for s, r, _, c in got} == {("RUS", "UKR", Count.exact(64))}


def test_news_count_over_counted_exchanges_is_a_total(news: News) -> None:
    # the rule of exchanges summed first asks for a plural of exchanges or "alone"
    text = (
        "Ukraine has brought home 640 soldiers from Russia in four exchanges this year, "
        "the ministry said on Monday."
    )
    got = news(text, published=THURSDAY)
    assert got.legs() == set()
    assert [t.count for t in got.tallies] == [Count.exact(640)]


def test_news_count_without_exchanges_counted_is_one_handover(news: News) -> None:
    # near-miss: no plural of exchanges, no "alone": one day's handover
    text = "Ukraine brought home 640 soldiers from Russia on Monday, the ministry said."
    got = news(text, published=THURSDAY)
    assert {c for *_, c in got.legs()} == {Count.exact(640)}
    assert got.tallies == []


@pytest.mark.parametrize("auxiliary", ["has", "had"])
def test_news_perfect_far_above_a_dated_swap_is_no_leg_of_it(news: News, auxiliary: str) -> None:
    # the rule of a perfect far above a swap first asks for "has", "have" or "had"
    text = (
        "A handover on 12 June freed 150 Ukrainian soldiers. "
        f"Moscow {auxiliary} received 4,200 of its servicemen."
    )
    got = news(text, published=THURSDAY)
    assert {(s, r, c) for s, r, _, c in got.legs()} == {("RUS", "UKR", Count.exact(150))}
    assert [t.count for t in got.tallies] == ([Count.exact(4200)] if auxiliary == "has" else [])


def test_news_simple_past_far_above_a_dated_swap_is_a_leg(news: News) -> None:
    # near-miss: no perfect, so the larger figure is a handover of its own
    text = (
        "A handover on 12 June freed 150 Ukrainian soldiers. "
        "Moscow received 4,200 of its servicemen."
    )
    got = news(text, published=THURSDAY).legs()
    assert {(s, r, c) for s, r, _, c in got} == {
        ("RUS", "UKR", Count.exact(150)),
        ("UKR", "RUS", Count.exact(4200)),
    }
