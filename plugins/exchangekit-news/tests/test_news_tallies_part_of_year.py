"""A total over a half or a quarter of a year covers that part, not the whole war.

"Ukraine got 900 soldiers back in the first half of 2024" sums January to June 2024;
"in the second quarter of last year" the months April to June of the year before
the story. A part of the year the story is told in runs to the story's day. A total
with a start of its own ("since 2022") keeps it, and a part with no one place in a
year ("the past half") names no span.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_TOLD = date(2025, 9, 10)


def _spans(read: Any) -> list[tuple[str, str, str, str]]:
    return [
        (t.receiver.code, str(t.covers.start), str(t.covers.end), str(t.count))
        for t in read.tallies
    ]


@settings(max_examples=20, deadline=None)
@given(
    year=st.integers(min_value=2023, max_value=2024),
    part=st.sampled_from(
        [
            ("first half", "01-01", "06-30"),
            ("second half", "07-01", "12-31"),
            ("first quarter", "01-01", "03-31"),
            ("third quarter", "07-01", "09-30"),
            ("last quarter", "10-01", "12-31"),
        ]
    ),
)
def test_news_a_part_of_a_named_year_is_the_span(
    news: News, year: int, part: tuple[str, str, str]
) -> None:
    """Whatever the year and part, the total covers exactly that part."""
    words, start, end = part
    read = news(f"Ukraine brought home 1,150 soldiers in the {words} of {year}.", published=_TOLD)
    assert _spans(read) == [("UKR", f"{year}-{start}", f"{year}-{end}", "1,150")]


def test_news_a_fronted_part_of_last_year(news: News) -> None:
    """Harder form: the span fronted, "last year", a passive verb and the receiver after."""
    read = news(
        "In the second half of last year, some 640 servicemen were returned to Russia, "
        "Moscow said.",
        published=_TOLD,
    )
    assert [
        (t.receiver.code, str(t.covers.start), str(t.covers.end), t.count.best)
        for t in read.tallies
    ] == [("RUS", "2024-07-01", "2024-12-31", 640)]


def test_news_the_current_half_runs_to_the_story(news: News) -> None:
    """ "The year" is the story's own: its first half, told so far."""
    read = news(
        "Russia said it had received 85 servicemen in the first half of the year.",
        published=date(2025, 5, 2),
    )
    assert _spans(read) == [("RUS", "2025-01-01", "2025-05-02", "85")]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the total has a start of its own; the half is a share's
        "Since 2022, 5,000 Ukrainians have come home, many of them in the first half of 2024.",
        # near miss: a part with no one place in a year keeps no half-year span
        "Ukraine brought home 1,150 soldiers in the past half of the year.",
    ],
)
def test_news_no_half_year_span_without_one(news: News, text: str) -> None:
    read = news(text, published=_TOLD)
    assert not any(
        str(t.covers.start)[5:] in ("01-01", "04-01", "07-01", "10-01")
        and str(t.covers.start) >= "2024"
        for t in read.tallies
    )


@pytest.mark.parametrize(
    ("words", "end"),
    [("first half", "2022-06-30"), ("first quarter", "2022-03-31"), ("second half", "2022-12-31")],
)
def test_news_a_part_of_the_war_s_first_year_starts_with_the_war(
    news: News, words: str, end: str
) -> None:
    """A part of 2022 that opened before the invasion covers the war's days in it and
    closes on its own last day, not on the story's."""
    read = news(f"Kyiv got 410 of its soldiers back in the {words} of 2022.", published=_TOLD)
    assert _spans(read) == [
        ("UKR", "2022-07-01" if words == "second half" else "2022-02-24", end, "410")
    ]


def test_news_a_fronted_part_of_2022_told_that_year(news: News) -> None:
    """Harder form: fronted, passive, told later in that same year."""
    read = news(
        "During the first half of 2022, about 230 captured servicemen were handed back to "
        "Ukraine, the ombudsman's office said.",
        published=date(2022, 9, 14),
    )
    assert [(str(t.covers.start), str(t.covers.end)) for t in read.tallies] == [
        ("2022-02-24", "2022-06-30")
    ]


@pytest.mark.parametrize("year", ["2022", "2023"])
def test_news_a_share_s_part_of_year_is_not_the_whole_s_span(news: News, year: str) -> None:
    """Near miss: the part is said of a share after the whole ("2,900 in all, 700 of them
    in the first half of 2023"); the whole keeps its span since the war began."""
    read = news(
        "Since the war began, 2,900 Ukrainians have returned from captivity, "
        f"700 of them in the first half of {year}.",
        published=_TOLD,
    )
    assert [(str(t.covers.start), str(t.covers.end), str(t.count)) for t in read.tallies] == [
        ("2022-02-24", "2025-09-10", "2,900")
    ]
