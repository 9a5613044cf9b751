"""Stages listed with their sizes: "in three stages of 390, 307 and 303, each side ...".

Each listed size is one stage, both ways when the text says each side handed over
as many, on its own day: one the sentence lists per stage, or one of a span the
sentence before gave a transfer ("between Monday and Thursday"); listed weekdays
run forward within one week. Without a day per stage, with fewer sizes than
stages, in a plan, told as one side's handing over, or with no word that the
count went both ways, nothing is read from the list.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
FRIDAY = date(2025, 5, 23)


def _both_ways(day: str, kind: str, count: str) -> set[tuple[str, str, str, str, str]]:
    return {(day, "RUS", "UKR", kind, count), (day, "UKR", "RUS", kind, count)}


def test_span_of_weekdays_gives_each_stage_its_day(news: News) -> None:
    text = (
        "Kyiv and Moscow freed 355 captives each between Monday and Thursday. The swap was "
        "completed in four rounds of 120, 95, 80 and 60, with each side releasing the same "
        "number of prisoners on each day."
    )
    expected = (
        _both_ways("2025-05-19", "prisoners_of_war", "120")
        | _both_ways("2025-05-20", "prisoners_of_war", "95")
        | _both_ways("2025-05-21", "prisoners_of_war", "80")
        | _both_ways("2025-05-22", "prisoners_of_war", "60")
    )
    assert news(text, published=FRIDAY).period_legs() == expected


def test_days_listed_in_a_dash_aside_and_the_kind_named_after(news: News) -> None:
    # harder: the days in an aside, the both-ways cue and the kind in a later clause
    text = (
        "Over four rounds of 40, 55, 62 and 71 - on 2 March, 9 March, 16 March and 23 March - "
        "the two sides swapped detainees, and each time officials in both capitals said the "
        "same number of servicemen had come home."
    )
    expected = (
        _both_ways("2025-03-02", "prisoners_of_war", "40")
        | _both_ways("2025-03-09", "prisoners_of_war", "55")
        | _both_ways("2025-03-16", "prisoners_of_war", "62")
        | _both_ways("2025-03-23", "prisoners_of_war", "71")
    )
    assert news(text, published=FRIDAY).period_legs() == expected


def test_weekdays_listed_one_per_stage(news: News) -> None:
    # the days named as weekdays of the story's week, one per listed size
    text = (
        "The handover ran in three rounds of 52, 64 and 70 on Monday, Wednesday and Thursday, "
        "each side releasing the same number of soldiers."
    )
    expected = (
        _both_ways("2025-05-19", "prisoners_of_war", "52")
        | _both_ways("2025-05-21", "prisoners_of_war", "64")
        | _both_ways("2025-05-22", "prisoners_of_war", "70")
    )
    assert news(text, published=FRIDAY).period_legs() == expected


@pytest.mark.parametrize(
    "text",
    [
        # no day per stage: refused, not guessed
        "The exchange was carried out in three stages of 200, 150 and 100, with each side "
        "handing over the same number of people.",
        # a plan, not a done swap
        "Under the deal, the swap will be carried out in three stages of 200, 150 and 100 on "
        "2, 3 and 4 June, each side handing over the same number.",
        # fewer sizes than the stages counted
        "The exchange was carried out in three stages of 200 and 150 on 2 and 3 May, each "
        "side handing over the same number of people.",
        # no word that the sizes went both ways
        "The exchange ran in two stages of 200 and 150 on 2 and 3 May.",
    ],
)
def test_near_misses_read_nothing(news: News, text: str) -> None:
    assert news(text, published=FRIDAY).period_legs() == set()


@settings(max_examples=15, deadline=None)
@given(
    sizes=st.lists(st.integers(20, 400), min_size=2, max_size=4, unique=True),
    start=st.integers(1, 10),
)
def test_each_size_goes_both_ways_on_its_day(news: News, sizes: list[int], start: int) -> None:
    words = {2: "two", 3: "three", 4: "four"}
    days = [date(2025, 4, start) + timedelta(days=2 * k) for k in range(len(sizes))]
    listed = ", ".join(str(n) for n in sizes[:-1]) + f" and {sizes[-1]}"
    on = ", ".join(f"{d.day} April" for d in days[:-1]) + f" and {days[-1].day} April"
    text = (
        f"The handover took place in {words[len(sizes)]} stages of {listed}, on {on}, "
        "with each side returning the same number of soldiers."
    )
    expected: set[tuple[str, str, str, str, str]] = set()
    for size, day in zip(sizes, days, strict=True):
        expected |= _both_ways(day.isoformat(), "prisoners_of_war", str(size))
    assert news(text, published=FRIDAY).period_legs() == expected
    # one day fewer than the stages: no stage is put on a guessed day
    short = text.replace(f" and {days[-1].day} April", "")
    assert news(short, published=FRIDAY).period_legs() == set()


# -- who handed over, and whether it was done ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a one-way verb with its one named side: "each side" is about something else
        "Moscow handed back Ukrainian captives in three stages of 210, 160 and 90 on 4, 5 and "
        "6 June, and each side accused the other of stalling.",
        "Kyiv got its servicemen back in three rounds of 210, 160 and 90 on 4, 5 and 6 June, and "
        "both sides thanked the mediators.",
        # "both sides said": a speech tag, not the sizes going each way
        "The swap of 900 prisoners ran in three stages of 410, 300 and 190 on 4, 5 and 6 June, "
        "both sides said.",
        # a timetable, not a done swap
        "The exchange was scheduled to run in three stages of 210, 160 and 90 on 4, 5 and 6 June, "
        "each side releasing the same number of soldiers.",
        "The handover was expected to take place in three rounds of 210, 160 and 90 on 4, 5 and "
        "6 June, with each side freeing the same number of soldiers.",
        "The swap is set to run in three stages of 210, 160 and 90 on 4, 5 and 6 June, each side "
        "releasing the same number of soldiers.",
    ],
)
def test_one_way_stories_speech_tags_and_timetables_read_nothing(news: News, text: str) -> None:
    assert news(text, published=FRIDAY).period_legs() == set()


def test_both_sides_as_the_subject_of_handing_over(news: News) -> None:
    # harder: "both sides" with an adverb before its verb, two named sides swapping
    text = (
        "Russia and Ukraine swapped captives in three stages of 210, 160 and 90 on 4, 5 and 6 "
        "May, and both sides then freed the same number of soldiers."
    )
    expected = (
        _both_ways("2025-05-04", "prisoners_of_war", "210")
        | _both_ways("2025-05-05", "prisoners_of_war", "160")
        | _both_ways("2025-05-06", "prisoners_of_war", "90")
    )
    assert news(text, published=FRIDAY).period_legs() == expected


# -- the kind of the people the stages moved ------------------------------------------


def test_the_people_named_with_the_same_number_give_the_kind(news: News) -> None:
    # a word of soldiers elsewhere in the sentence does not override them
    text = (
        "The exchange ran in three stages of 70, 55 and 40 on 4, 5 and 6 May, with each side "
        "releasing the same number of civilians, relatives of the soldiers said."
    )
    expected = (
        _both_ways("2025-05-04", "civilians", "70")
        | _both_ways("2025-05-05", "civilians", "55")
        | _both_ways("2025-05-06", "civilians", "40")
    )
    assert news(text, published=FRIDAY).period_legs() == expected


def test_bodies_after_a_semicolon_are_another_part(news: News) -> None:
    # near miss: "bodies" in a later part of the sentence does not make the stages remains
    text = (
        "The exchange ran in three stages of 70, 55 and 40 on 4, 5 and 6 May, each side freeing "
        "the same number of prisoners; the bodies of the fallen followed a week later."
    )
    expected = (
        _both_ways("2025-05-04", "prisoners_of_war", "70")
        | _both_ways("2025-05-05", "prisoners_of_war", "55")
        | _both_ways("2025-05-06", "prisoners_of_war", "40")
    )
    assert news(text, published=FRIDAY).period_legs() == expected


# -- the days of the stages ---------------------------------------------------------

TUESDAY = date(2025, 6, 10)


def test_listed_weekdays_run_forward_within_one_week(news: News) -> None:
    # told on a Tuesday: Monday is the week's first stage, not the day before the report
    text = (
        "Captives were freed in three rounds of 120, 95 and 80 on Monday, Wednesday and "
        "Friday, with each side releasing the same number of soldiers."
    )
    expected = (
        _both_ways("2025-06-02", "prisoners_of_war", "120")
        | _both_ways("2025-06-04", "prisoners_of_war", "95")
        | _both_ways("2025-06-06", "prisoners_of_war", "80")
    )
    assert news(text, published=TUESDAY).period_legs() == expected


def test_weekdays_listed_backwards_read_nothing(news: News) -> None:
    # near miss: the weekdays do not run forward, so no order of stages can be told
    text = (
        "Captives were freed in three rounds of 120, 95 and 80 on Friday, Wednesday and "
        "Monday, with each side releasing the same number of soldiers."
    )
    assert news(text, published=TUESDAY).period_legs() == set()


@settings(max_examples=20, deadline=None)
@given(
    published=st.dates(date(2024, 1, 1), date(2026, 12, 31)),
    picks=st.lists(st.integers(0, 6), min_size=2, max_size=4, unique=True),
)
def test_listed_weekdays_ascend_by_their_gaps(
    news: News, published: date, picks: list[int]
) -> None:
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    picks = sorted(picks)
    sizes = [100 + 10 * k for k in range(len(picks))]
    words = {2: "two", 3: "three", 4: "four"}
    listed = ", ".join(str(n) for n in sizes[:-1]) + f" and {sizes[-1]}"
    on = ", ".join(names[p] for p in picks[:-1]) + f" and {names[picks[-1]]}"
    text = (
        f"Captives were freed in {words[len(picks)]} rounds of {listed} on {on}, with each "
        "side releasing the same number of soldiers."
    )
    days = {
        size: date.fromisoformat(leg[0])
        for leg in news(text, published=published).period_legs()
        for size in [int(leg[4])]
    }
    assert sorted(days) == sizes
    got = [days[n] for n in sizes]
    assert [(b - a).days for a, b in itertools.pairwise(got)] == [
        b - a for a, b in itertools.pairwise(picks)
    ]
    assert got[-1] <= published


@pytest.mark.parametrize(
    "before",
    [
        # days of something else told just before: no stage takes them
        "Drone strikes hit the city on 3 June, 5 June and 7 June.",
        "Negotiators met in Geneva between Monday and Wednesday.",
    ],
)
def test_days_of_other_events_told_before_date_no_stage(news: News, before: str) -> None:
    text = (
        f"{before} The exchange ran in three rounds of 120, 95 and 80, each side releasing "
        "the same number of soldiers."
    )
    assert news(text, published=TUESDAY).period_legs() == set()


# -- sizes listed before days written month first: "on March 4, 11 and 18" ------------


def test_month_first_days_pair_with_the_sizes_in_order(news: News) -> None:
    # the bare days "11" and "18" of the date list are no sizes of their own
    text = "Moscow and Kyiv each released 61, 75 and 102 soldiers on March 4, 11 and 18."
    expected = (
        _both_ways("2025-03-04", "prisoners_of_war", "61")
        | _both_ways("2025-03-11", "prisoners_of_war", "75")
        | _both_ways("2025-03-18", "prisoners_of_war", "102")
    )
    assert news(text, published=FRIDAY).period_legs() == expected


def test_month_first_days_pair_one_way_with_a_source(news: News) -> None:
    # harder: one way, the bodies of soldiers, told through a speaker
    text = "Kyiv said it had received the bodies of 120, 140 and 160 soldiers on April 2, 9 and 16."
    assert news(text, published=FRIDAY).period_legs() == {
        ("2025-04-02", "RUS", "UKR", "remains", "120"),
        ("2025-04-09", "RUS", "UKR", "remains", "140"),
        ("2025-04-16", "RUS", "UKR", "remains", "160"),
    }


def test_one_size_each_side_over_listed_days_is_unread(news: News) -> None:
    # near miss: a per-side "each" says the 61 is each side's, not whether it is each
    # day's or the sum over the three, so no day has it
    text = "Moscow and Kyiv each released 61 soldiers on March 4, 11 and 18."
    assert not news(text, published=FRIDAY).period_legs()
