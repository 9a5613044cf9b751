"""Sizes of handovers and the days of them written as two lists, and the total they sum.

"In two rounds of 60, 85 and 40 prisoners, on 4, 11 and 19 March, Kyiv got ..." with no
"respectively": a list of sizes and a list of as many days written one after the other
pair item by item. The total the stages add up to ("... took back 900 bodies in three
stages of ...") is a running figure over the listed days, standing on the last of them:
never one stage's day, never a total since the war began. Every text here is read as
published on 20 July 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

PUBLISHED = date(2025, 7, 20)


def _legs(read: Any) -> set[tuple[str, str, str, str]]:
    return {
        (str(e.period), t.receiver.code, t.category.value, str(t.count))
        for e in read.exchanges
        for t in e.transfers
    }


def _tallies(read: Any) -> set[tuple[str, str, str, str]]:
    return {(str(y.as_of), str(y.covers), y.receiver.code, str(y.count)) for y in read.tallies}


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.integers(min_value=20, max_value=400), min_size=3, max_size=3, unique=True),
    st.sampled_from(["remains", "bodies"]),
)
def test_news_listed_sizes_pair_with_listed_days_without_respectively(
    news: Callable[..., Any], sizes: list[int], noun: str
) -> None:
    a, b, c = sizes
    read = news(
        f"In three stages of {a}, {b} and {c} {noun}, on 3, 8 and 14 June, Kyiv"
        f" recovered {a + b + c}.",
        published=PUBLISHED,
    )
    assert _legs(read) == {
        ("2025-06-03", "UKR", "remains", str(a)),
        ("2025-06-08", "UKR", "remains", str(b)),
        ("2025-06-14", "UKR", "remains", str(c)),
    }
    # the sum of the stages, if read: over the listed days, not since 2022 nor on one
    # stage's day (the sum's span itself is pinned by the tests below)
    assert _tallies(read) <= {("2025-06-14", "2025-06-03/2025-06-14", "UKR", str(a + b + c))}


def test_news_sum_of_listed_stages_spans_their_days(news: Callable[..., Any]) -> None:
    read = news(
        "In three rounds of 75, 40 and 125 remains, on 6, 10 and 13 June, Ukraine got back 240.",
        published=PUBLISHED,
    )
    assert _legs(read) == {
        ("2025-06-06", "UKR", "remains", "75"),
        ("2025-06-10", "UKR", "remains", "40"),
        ("2025-06-13", "UKR", "remains", "125"),
    }
    assert _tallies(read) == {("2025-06-13", "2025-06-06/2025-06-13", "UKR", "240")}


def test_news_one_size_repeated_is_still_one_handover_a_day(news: Callable[..., Any]) -> None:
    # the same size each time: still a list, one handover for each listed day in order
    read = news(
        "In three stages of 80, 80 and 80 bodies, on 2, 5 and 9 July, Kyiv took back 240.",
        published=PUBLISHED,
    )
    assert {day for day, *_ in _legs(read)} == {"2025-07-02", "2025-07-05", "2025-07-09"}
    assert {count for *_, count in _legs(read)} == {"80"}


def test_news_total_told_first_then_the_stages_and_their_days(news: Callable[..., Any]) -> None:
    # the harder form: the total and its noun before the stages, bare sizes after "of"
    read = news(
        "Ukraine has recovered 640 fallen servicemen in three rounds of 110, 300 and"
        " 230, held on 1, 9 and 16 May.",
        published=PUBLISHED,
    )
    assert _legs(read) == {
        ("2025-05-01", "UKR", "remains", "110"),
        ("2025-05-09", "UKR", "remains", "300"),
        ("2025-05-16", "UKR", "remains", "230"),
    }
    assert _tallies(read) == {("2025-05-16", "2025-05-01/2025-05-16", "UKR", "640")}


def test_news_total_over_counted_stages_with_their_days_only(news: Callable[..., Any]) -> None:
    # no sizes: the total still spans the listed days
    read = news(
        "Kyiv took back 700 bodies in two handovers, on 4 and 12 June.", published=PUBLISHED
    )
    assert _tallies(read) == {("2025-06-12", "2025-06-04/2025-06-12", "UKR", "700")}


def test_news_stage_lists_near_misses(news: Callable[..., Any]) -> None:
    # a plan: nothing is told done
    read = news(
        "Ukraine will take back 900 bodies in three stages of 150, 520 and 230, on 2, 5"
        " and 9 July.",
        published=PUBLISHED,
    )
    assert _legs(read) == set()
    # a unit after the sizes: distances, not people
    read = news(
        "Ukraine took back 900 bodies in three stages of 150, 520 and 230 kilometres.",
        published=PUBLISHED,
    )
    assert all(count != "150" for *_, count in _legs(read))
    # no days for the stages: no stage is dated to the day of the story
    read = news(
        "Ukraine took back 900 bodies in three stages of 150, 520 and 230.", published=PUBLISHED
    )
    assert _legs(read) == set()
    # the stages counted do not match the days listed: the span is not read from them
    read = news(
        "Ukraine took back 900 bodies in two stages, on 2, 5 and 9 July.", published=PUBLISHED
    )
    assert all(not covers.startswith("2025-07-02/2025-07-09") for _, covers, *_ in _tallies(read))


def test_news_stage_days_of_another_clause_leave_the_total_alone(
    news: Callable[..., Any],
) -> None:
    # near-miss: the days and the counted stages stand after a ";", with another figure;
    # the war's total before the ";" is no sum of those days
    read = news(
        "Kyiv has so far got 6,200 of its soldiers back in all; four swaps, on 1, 4, 8 and"
        " 12 July, brought home 520.",
        published=PUBLISHED,
    )
    assert all(
        not covers.startswith("2025-07")
        for _, covers, _, count in _tallies(read)
        if count == "6,200"
    )


def test_news_stage_days_after_the_total_span_it(news: Callable[..., Any]) -> None:
    # the harder form: a perfect, "the bodies of", the stages counted in words after it
    read = news(
        "The bodies of 1,150 fallen soldiers have been returned to Ukraine in four stages,"
        " on 1, 4, 8 and 12 July.",
        published=PUBLISHED,
    )
    assert _tallies(read) == {("2025-07-12", "2025-07-01/2025-07-12", "UKR", "1,150")}
