"""Transfers told in nominal and series constructions: hyphenated pairs, event nouns, lists."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange


@pytest.fixture(scope="session")
def legs(
    legs: Callable[..., dict[tuple[str, str, str], Count]],
) -> Callable[..., dict[tuple[str, str, str], Count]]:
    """The shared keyed-legs helper, reading texts as published on 30 December 2025 by default."""
    return functools.partial(legs, published=date(2025, 12, 30))


def both(category: str, amount: int) -> dict[tuple[str, str, str], Count]:
    """The same figure each way between the two belligerents."""
    return {
        ("RUS", "UKR", category): Count.exact(amount),
        ("UKR", "RUS", category): Count.exact(amount),
    }


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=2000),
    st.sampled_from(["exchange", "swap", "handover"]),
    st.sampled_from(["went ahead on 4 March", "was completed on 4 March"]),
)
def test_news_a_hyphenated_pair_is_the_size_of_each_direction(
    legs: Callable[..., Any], amount: int, noun: str, tail: str
) -> None:
    text = f"Kyiv and Moscow swapped prisoners again. A {amount:,}-for-{amount:,} {noun} {tail}."
    assert legs(text) == both("prisoners_of_war", amount)


def test_news_a_hyphenated_pair_reads_like_the_spaced_one(legs: Callable[..., Any]) -> None:
    hyphenated = legs("Ukraine and Russia held a 64-for-64 swap on 2 June.")
    assert hyphenated == legs("Ukraine and Russia held a 64 for 64 swap on 2 June.")
    assert hyphenated == both("prisoners_of_war", 64)


def test_news_a_pair_beside_wounded_handed_over_is_a_swap_of_its_own(
    legs: Callable[..., Any],
) -> None:
    text = "On Monday Moscow handed back 12 wounded soldiers alongside a 40-for-40 swap."
    assert legs(text) == {
        ("RUS", "UKR", "wounded_prisoners"): Count.exact(12),
        **both("prisoners_of_war", 40),
    }


def test_news_a_pair_proposed_is_not_a_swap_done(legs: Callable[..., Any]) -> None:
    assert legs("Kyiv proposed a 500-for-500 swap on Monday.") == {}
    assert legs("On Monday Moscow offered a 300 for 300 exchange.") == {}


def test_news_hyphenated_words_keep_their_hyphens(legs: Callable[..., Any]) -> None:
    # only "N-for-N" is read as spaced; a range or an ordinary compound is left alone
    assert legs("Russia returned 40-50 bodies to Ukraine on 3 May.") == legs(
        "Russia returned 40-50 bodies to Ukraine on 3 May."
    )
    assert legs("A long-awaited swap freed 75 Ukrainian soldiers on 3 May.") == {
        ("RUS", "UKR", "prisoners_of_war"): Count.exact(75)
    }


def dated_legs(text: str) -> set[tuple[str, str, str, str, str]]:
    """Every transfer with its exchange's period, for sentences published on 18 June 2025."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 6, 18), publisher="Desk"
    )
    return {
        (str(item.period), t.sender.code, t.receiver.code, t.category.value, str(t.count))
        for item in items
        if isinstance(item, Exchange)
        for t in item.transfers
    }


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from([("Moscow", "Kyiv", "RUS", "UKR"), ("Kyiv", "Moscow", "UKR", "RUS")]),
    st.integers(min_value=2, max_value=2000),
    st.sampled_from(
        [
            "The handover on Tuesday was of {n} bodies.",
            "On Tuesday, {n} bodies were transferred.",
            "The latest repatriation, on Tuesday, was of {n} bodies.",
        ]
    ),
)
def test_news_a_handover_told_without_sides_goes_the_way_the_story_set(
    sides: tuple[str, str, str, str], amount: int, second: str
) -> None:
    giver, taker, sender, receiver = sides
    text = f"{giver} handed {taker} the bodies of fallen soldiers this week. " + second.format(
        n=f"{amount:,}"
    )
    assert dated_legs(text) == {("2025-06-17", sender, receiver, "remains", f"{amount:,}")}


def test_news_a_side_taking_bodies_back_sets_the_way_too() -> None:
    text = "Ukraine took back the remains of its soldiers from Russia on Friday. " + (
        "On Friday, 515 bodies were transferred."
    )
    assert dated_legs(text) == {("2025-06-13", "RUS", "UKR", "remains", "515")}


def test_news_without_a_way_told_before_a_sideless_handover_stays_unread() -> None:
    assert dated_legs("On Tuesday, 30 bodies were handed over.") == set()
    swapped = "Russia and Ukraine swapped bodies on Monday. On Tuesday, 30 bodies were handed over."
    assert dated_legs(swapped) == set()


def test_news_a_pattern_of_handovers_is_not_one_handover() -> None:
    text = "Russia returned the bodies of Ukrainian troops in June. " + (
        "Monthly handovers of about 800 bodies followed."
    )
    assert dated_legs(text) == set()


def test_news_a_figure_with_its_own_day_after_a_listed_series_keeps_that_day() -> None:
    text = "Russia returned the bodies of Ukrainian troops in May. " + (
        "Two handovers came first, on 3 and 4 May, and a last one on 6 May, "
        "when 610 bodies were transferred."
    )
    assert dated_legs(text) == {("2025-05-06", "RUS", "UKR", "remains", "610")}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=1500),
    st.sampled_from([("two", "4 and 5 March"), ("three", "3, 4 and 5 March")]),
    st.sampled_from(["each", "apiece"]),
)
def test_news_counted_handovers_of_n_each_are_one_handover_per_listed_day(
    amount: int, listed: tuple[str, str], word: str
) -> None:
    count, days = listed
    text = "Russia returned the bodies of Ukrainian soldiers in March. " + (
        f"There followed {count} handovers of {amount:,} {word}, on {days}."
    )
    expected = {
        (f"2025-03-0{day}", "RUS", "UKR", "remains", f"{amount:,}")
        for day in (3, 4, 5)[-2 if count == "two" else -3 :]
    }
    assert dated_legs(text) == expected


def test_news_uncounted_swaps_of_n_each_stay_a_figure_per_side() -> None:
    text = (
        "The sides traded prisoners again, with swaps of 103 each on 14 May and 95 each on 8 June."
    )
    assert dated_legs(text) == {
        ("2025-05-14", "RUS", "UKR", "prisoners_of_war", "103"),
        ("2025-05-14", "UKR", "RUS", "prisoners_of_war", "103"),
        ("2025-06-08", "RUS", "UKR", "prisoners_of_war", "95"),
        ("2025-06-08", "UKR", "RUS", "prisoners_of_war", "95"),
    }


def test_news_a_swap_not_carried_out_or_held_is_not_done(legs: Callable[..., Any]) -> None:
    for text in (
        "A plan, debated all autumn, for a swap of 800 Ukrainians had not been carried out.",
        "The exchange of 300 prisoners each, agreed in May, has still not been held.",
    ):
        assert legs(text) == {}
    assert legs("The exchange of 150 Ukrainian soldiers was carried out on Monday.") == {
        ("RUS", "UKR", "prisoners_of_war"): Count.exact(150)
    }


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from([("Ukrainians", "RUS", "UKR"), ("Russians", "UKR", "RUS")]),
    st.sampled_from(["returned", "freed", "released", "handed over"]),
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=2, max_value=400),
)
def test_news_a_copula_spelling_out_the_people_moved_gives_their_side(
    legs: Callable[..., Any], people: tuple[str, str, str], verb: str, soldiers: int, civilians: int
) -> None:
    noun, sender, receiver = people
    text = f"The {noun} {verb} were {soldiers} servicemen and {civilians} civilians, Kyiv said."
    assert legs(text) == {
        (sender, receiver, "prisoners_of_war"): Count.exact(soldiers),
        (sender, receiver, "civilians"): Count.exact(civilians),
    }


def test_news_a_subset_among_the_people_moved_is_not_spelt_out(legs: Callable[..., Any]) -> None:
    assert legs("Among the Ukrainians freed were two civilians, Zelensky said.") == {}
    assert legs("The Russians handed over included 20 civilians.") == {}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["per side", "a side", "in each direction", "in either direction"]),
)
def test_news_a_figure_per_side_told_with_a_phrase_goes_both_ways(
    legs: Callable[..., Any], amount: int, phrase: str
) -> None:
    text = f"On 3 March, {amount} prisoners were swapped {phrase}."
    assert legs(text) == both("prisoners_of_war", amount)


def test_news_the_whole_a_sentence_takes_a_part_of_is_not_moved(legs: Callable[..., Any]) -> None:
    text = (
        "Of the 900 prisoners per side whose exchange was agreed in May, only some have "
        "been freed, officials say."
    )
    assert legs(text) == {}


def test_news_listed_figures_pair_with_listed_full_dates_in_order() -> None:
    assert dated_legs(
        "Two swaps, on 5 January and 5 February, freed 25 and 150 prisoners per side."
    ) == {
        ("2025-01-05", "RUS", "UKR", "prisoners_of_war", "25"),
        ("2025-01-05", "UKR", "RUS", "prisoners_of_war", "25"),
        ("2025-02-05", "RUS", "UKR", "prisoners_of_war", "150"),
        ("2025-02-05", "UKR", "RUS", "prisoners_of_war", "150"),
    }


def test_news_a_figure_listed_after_one_that_moved_goes_the_same_ways() -> None:
    text = "Swaps on 14 May and 24 May involved 84 and 146 people per side."
    assert dated_legs(text) == {
        ("2025-05-14", "RUS", "UKR", "other", "84"),
        ("2025-05-14", "UKR", "RUS", "other", "84"),
        ("2025-05-24", "RUS", "UKR", "other", "146"),
        ("2025-05-24", "UKR", "RUS", "other", "146"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv took back 310 bodies on Friday. It was the third such handover, after "
            "handovers of 420 bodies in March and of 388 at the end of April.",
            {"2025-06-13": "310", "2025-03": "420", "2025-04": "388"},
        ),
        (
            "Moscow freed 40 soldiers at the start of February and 55 at the end of May.",
            {"2025-02": "40", "2025-05": "55"},
        ),
        # a place after "at" is no date: the second number stays unread
        ("Moscow freed 40 soldiers in February and 55 at the border.", {"2025-02": "40"}),
    ],
)
def test_news_a_listed_figure_dated_at_a_part_of_a_month_keeps_that_month(
    text: str, expected: dict[str, str]
) -> None:
    assert {(period, count) for period, *_, count in dated_legs(text)} == set(expected.items())
