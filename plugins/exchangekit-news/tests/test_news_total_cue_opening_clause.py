"""A total cue that opens a clause after a semicolon or colon ("; so far 4,552 have ...").

"Russia returned 84 soldiers on Friday; so far 4,552 Ukrainians have come home" gives
one day's handover and, after the semicolon, the running total since the war began.
The cue ("so far", "in all", "to date") opens the second clause and belongs to its
figure, so that figure is a tally, never a second handover of the day. Right after a
figure and a comma the same cue still closes that figure ("which freed 400 people in
all, ..."), and so gives the next figure nothing.
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
    ("text", "total"),
    [
        (
            "Russia returned 84 soldiers on Friday; so far 4,552 Ukrainians have come home"
            " from captivity.",
            ("RUS", "UKR", "4,552"),
        ),
        (
            "Ukraine freed 120 Russians on Tuesday; so far, 3,180 Russian servicemen have been"
            " returned, Moscow said.",
            ("UKR", "RUS", "3,180"),
        ),
        (
            "On Monday 60 bodies were handed back: so far 7,009 bodies have been repatriated"
            " to Ukraine.",
            ("RUS", "UKR", "7,009"),
        ),
        (
            "The swap on Sunday freed 95; in all 2,700 Ukrainians have been brought home.",
            ("RUS", "UKR", "2,700"),
        ),
        (
            "Ukraine received 309 prisoners on Friday; to date 2,900 Ukrainians have been"
            " returned.",
            ("RUS", "UKR", "2,900"),
        ),
    ],
)
def test_news_a_cue_opening_the_clause_makes_its_figure_a_tally(
    news: News, text: str, total: tuple[str, str, str]
) -> None:
    assert total in news(text, published=THURSDAY).tally_keys_as_text()
    assert not any(count == total[2] for *_, count in news(text, published=THURSDAY).legs_as_text())


@settings(max_examples=25, deadline=None)
@given(
    day=st.integers(min_value=20, max_value=400),
    total=st.integers(min_value=2_200, max_value=9_000),
    cue=st.sampled_from(["so far", "to date", "in all", "altogether"]),
    mark=st.sampled_from([";", ":"]),
)
def test_news_the_total_after_the_mark_is_never_a_handover(
    news: News, day: int, total: int, cue: str, mark: str
) -> None:
    """Whatever the sizes and the cue, the day's handover keeps its size and the total none."""
    text = (
        f"Russia returned {day:,} soldiers on Friday{mark} {cue} {total:,} Ukrainians have"
        " come home."
    )
    read = news(text, published=THURSDAY)
    moved = {t.count for e in read.exchanges for t in e.transfers}
    assert Count.exact(total) not in moved
    assert Count.exact(day) in moved
    assert Count.exact(total) in {t.count for t in read.tallies}


@pytest.mark.parametrize(
    ("text", "legs"),
    [
        (
            "Russia gave back 640 bodies on Monday: in total, the remains of 640 soldiers"
            " came back to Ukraine.",
            {("RUS", "UKR", "remains", "640")},
        ),
        (
            "Ukraine received 120 POWs and Russia got 120 in the exchange, Kyiv said;"
            " altogether 240 soldiers were freed.",
            {("RUS", "UKR", "prisoners_of_war", "120"), ("UKR", "RUS", "prisoners_of_war", "120")},
        ),
        (
            "Russia returned 150 bodies on Friday: all told, the bodies of 150 soldiers came"
            " back to Ukraine.",
            {("RUS", "UKR", "remains", "150")},
        ),
    ],
)
def test_news_a_past_sum_after_the_mark_restates_the_day(
    news: News, text: str, legs: set[tuple[str, str, str, str]]
) -> None:
    """Near miss: "in total"/"altogether" with a past verb sums the day told, no running total."""
    assert news(text, published=THURSDAY).legs_as_text() == legs
    assert news(text, published=THURSDAY).tally_keys_as_text() == set()


def test_news_a_cue_right_after_a_figure_still_closes_that_figure(news: News) -> None:
    """Near miss: "400 people in all," is the first figure's; the 90 that follows is a day's."""
    text = (
        "The swap, which freed 400 people in all, followed another on Monday, when 90"
        " Ukrainians returned home."
    )
    assert ("RUS", "UKR", "other", "90") in news(text, published=THURSDAY).legs_as_text()
    assert not any(
        count == "90" for *_, count in news(text, published=THURSDAY).tally_keys_as_text()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russia freed 70 soldiers on Monday and 70 on Tuesday; in all, 140 have come home.",
        "Ukraine got back 212 POWs on Friday and 95 on Saturday; in all, 307 have come back.",
        "Moscow handed over 40 civilians on Monday and 35 on Wednesday; in all, 75 have returned.",
    ],
)
def test_news_a_perfect_sum_of_the_legs_just_told_is_no_running_total(
    news: News, text: str
) -> None:
    """A present perfect that adds up the sentence's own legs restates them: no total."""
    assert news(text, published=THURSDAY).tally_keys_as_text() == set()


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(min_value=20, max_value=600),
    second=st.integers(min_value=20, max_value=600),
    cue=st.sampled_from(["in all", "altogether", "in total"]),
)
def test_news_the_sum_of_two_legs_is_never_a_total_since_the_war(
    news: News, first: int, second: int, cue: str
) -> None:
    """Whatever the two days' sizes, their sum after the mark gives no running total."""
    text = (
        f"Russia freed {first:,} soldiers on Monday and {second:,} on Tuesday; {cue},"
        f" {first + second:,} have come home."
    )
    assert Count.exact(first + second) not in {
        t.count for t in news(text, published=THURSDAY).tallies
    }


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the cue's own span makes it a running total, whatever the figure's size
        (
            "Russia freed 70 soldiers on Monday and 70 on Tuesday; in all, 140 have come home"
            " since 2022.",
            ("RUS", "UKR", "140"),
        ),
        # a figure that is not the legs' sum counts up to now
        (
            "Russia freed 70 soldiers on Monday and 70 on Tuesday; in all, 5,140 have come home.",
            ("RUS", "UKR", "5,140"),
        ),
    ],
)
def test_news_a_perfect_total_beyond_the_legs_stays_a_running_total(
    news: News, text: str, total: tuple[str, str, str]
) -> None:
    """Near misses: a span of its own, or a figure other than the sum, keeps the total."""
    assert total in news(text, published=THURSDAY).tally_keys_as_text()
