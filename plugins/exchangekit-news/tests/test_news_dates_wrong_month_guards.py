"""Dates that would put a figure in the wrong month: a war's start, a capture, a plan.

- "the biggest since Russia launched its full-scale invasion in February": the
  month the span runs from is no date of the swap, a hyphened compound counting as
  one word of the span's opening.
- "the last swap that reporters could confirm took place on 9 August": the modal is
  the teller's, and the verb in the past tells the swap done on that day.
- "soldiers captured in Izium, at the port, and near Bakhmut this spring": every
  place of the list is the capture's, so is the date closing the last one.
- "not updated since 3 March, when the minister put ... At that time, he said ...":
  the "when" clause tells an event of that day, which "at that time" points back to.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

import pytest
from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim

Dated = Callable[[str, date], set[tuple[str, str, str, str]]]

_OCT_6 = date(2022, 10, 6)  # a Thursday


@pytest.mark.parametrize(
    "rank",
    [
        "The swap was the largest since Russia launched its full-scale invasion in February.",
        "It was the biggest handover since Moscow began its full-scale war in February.",
    ],
)
def test_news_a_war_start_month_after_a_hyphened_word_dates_no_swap(
    dated_legs: Dated, rank: str
) -> None:
    text = (
        "KYIV, Oct 6 (Wire) - Ukraine has got back 140 of its soldiers held by Russia, "
        f"officials said.\n\n{rank}\n\n"
        "In return for the 140, Kyiv handed over 48 Russian servicemen.\n"
    )
    assert all(day == "2022-10-06" for day, *_ in dated_legs(text, _OCT_6))
    assert ("2022-10-06", "UKR", "RUS", "48") in dated_legs(text, _OCT_6)


@pytest.mark.parametrize(
    ("text", "day", "count"),
    [
        (
            "The last swap that reporters could confirm took place on 9 August, when 31 "
            "Ukrainian soldiers came home.",
            "2022-08-09",
            "31",
        ),
        (
            "The latest exchange that we can verify happened on 12 September, when 17 "
            "Ukrainian marines came home.",
            "2022-09-12",
            "17",
        ),
    ],
)
def test_news_a_modal_of_the_teller_leaves_the_swap_done(
    dated_legs: Dated, text: str, day: str, count: str
) -> None:
    earlier = "On 2 July, Ukraine and Russia swapped 60 for 60.\n\n"
    read = {(d, n) for d, _, _, n in dated_legs(earlier + text, _OCT_6)}
    assert (day, count) in read
    assert ("2022-07-02", count) not in read


def test_news_a_swap_that_could_take_place_is_still_a_plan(dated_legs: Dated) -> None:
    # near-miss: the modal governs the swap's own verb, so its day is a plan's
    text = (
        "Kyiv got back 25 soldiers on Monday in a swap that could take place again "
        "on 20 October, officials said."
    )
    assert dated_legs(text, _OCT_6) == {("2022-10-03", "RUS", "UKR", "25")}


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=900),
    season=st.sampled_from(["this spring", "this summer", "in July"]),
)
def test_news_a_date_closing_a_list_of_capture_places_is_the_captures(
    dated_legs: Dated, n: int, season: str
) -> None:
    text = (
        "The latest exchange took place on Tuesday.\n\n"
        f"Ukraine got back {n:,} of its people, officials said, among them soldiers "
        "captured in Izium, at the port in the first weeks of the war, and near Bakhmut "
        f"{season}."
    )
    assert dated_legs(text, _OCT_6) == {("2022-10-04", "RUS", "UKR", f"{n:,}")}


def test_news_a_listed_place_does_not_reach_past_a_swap(dated_legs: Dated) -> None:
    # near-miss: the item after the comma names the swap, so its day is the handover's
    text = "Ukraine got back 70 soldiers captured in Izium, in a swap on Tuesday."
    assert dated_legs(text, _OCT_6) == {("2022-10-04", "RUS", "UKR", "70")}


def _claims(text: str) -> set[tuple[str, str, str, str]]:
    """(subject, category, count, as-of date) of every claim read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=_OCT_6, publisher="Desk"
    )
    return {
        (c.subject.code, c.category.value, str(c.count), c.as_of.format())
        for c in items
        if isinstance(c, CasualtyClaim)
    }


def test_news_at_that_time_points_back_to_a_since_when_day() -> None:
    text = (
        "Moscow has not updated its own toll since 3 March, when its defence minister "
        "gave the number 4,120. At that time, the minister said that Ukraine had lost "
        "52,300 killed."
    )
    assert ("UKR", "killed", "52,300", "2022-03-03") in _claims(text)


def test_news_at_that_time_without_a_day_before_keeps_the_telling() -> None:
    # near-miss: no day told just before, so no date is borrowed
    text = "At that time, the minister said that Ukraine had lost 52,300 killed."
    assert {c[3] for c in _claims(text)} <= {"2022-10-06"}
