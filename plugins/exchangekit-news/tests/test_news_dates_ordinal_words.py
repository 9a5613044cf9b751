"""Days of a month told as ordinals in words or set off by dashes.

Session 21 (i21-f). "On the thirtieth of December" is 30 December as "the 30th
of December" is; "In early February, on the fifth, ..." narrows the month set off
before it to its fifth; "March. On the 19th — the day after a call — ..." is the
19th of March, the dashes setting off an aside as commas do. Days of one swap
counted in words ("390 on the first, 307 on the second") stay days of that swap.
Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

News = Callable[..., Any]

NOV_2025 = date(2025, 11, 20)

_WORDS = {
    1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
    7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
    13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
    17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth",
}  # fmt: skip
_MONTHS = {"February": 2, "March": 3, "June": 6, "September": 9, "October": 10}


@given(
    day=st.sampled_from(sorted(_WORDS)),
    month=st.sampled_from(sorted(_MONTHS)),
    count=st.integers(20, 400),
    opening=st.sampled_from(["On the {d} of {m}, ", "Then, on the {d} of {m}, "]),
)
def test_news_an_ordinal_word_of_a_month_is_that_day(
    news: News, day: int, month: str, count: int, opening: str
) -> None:
    if _MONTHS[month] == 2 and day == 30:
        return  # no such day
    lead = opening.format(d=_WORDS[day], m=month)
    text = f"{lead}Russia and Ukraine swapped {count} prisoners for {count}."
    assert news(text, published=NOV_2025).periods() == {date(2025, _MONTHS[month], day).isoformat()}


@given(
    day=st.sampled_from([d for d in _WORDS if d <= 28]),
    month=st.sampled_from(sorted(_MONTHS)),
    count=st.integers(20, 400),
    part=st.sampled_from(["", "early ", "mid-", "late "]),
    mark=st.sampled_from([(",", ","), (" —", " —"), (" –", " –")]),
)
def test_news_an_ordinal_word_set_off_after_a_month_narrows_it(
    news: News, day: int, month: str, count: int, part: str, mark: tuple[str, str]
) -> None:
    # "In early February, on the fifth, the two sides swapped 150 for 150"
    before, after = mark
    text = (
        f"In {part}{month}{before} on the {_WORDS[day]}{after} the two sides swapped "
        f"{count} prisoners for {count}."
    )
    assert news(text, published=NOV_2025).periods() == {date(2025, _MONTHS[month], day).isoformat()}


@pytest.mark.parametrize(
    "aside",
    [
        "the day after a long telephone call between the two presidents",
        "and not a day before",
        "a Wednesday",
        "weeks after the talks",
    ],
)
@pytest.mark.parametrize("dash", ["—", "–", ","])
def test_news_a_dashed_aside_after_an_ordinal_day_keeps_the_day(
    news: News, aside: str, dash: str
) -> None:
    # "March brought a twist. On the 19th — the day after a call — the sides swapped 175":
    # the aside describes the 19th; its own date ("a day before", a weekday) is not the swap's
    space = "" if dash == "," else " "
    text = (
        f"March brought a twist. On the 19th{space}{dash} {aside}{space}{dash} the sides "
        "swapped 175 prisoners apiece."
    )
    assert news(text, published=NOV_2025).periods() == {"2025-03-19"}


@pytest.mark.parametrize(
    "text",
    [
        # the days of one swap counted in words: not days of the month
        "In May the sides swapped 390 on the first, 307 on the second and 303 on the third.",
        # a day already given: the ordinal word is no day of its own
        "On 23 May, on the first, 390 prisoners were swapped for 390.",
        # "of" but no month after it
        "On the fifth of those days, 150 prisoners were swapped for 150.",
        "On the first day, 150 prisoners were swapped for 150.",
    ],
)
def test_news_ordinal_words_that_name_no_day_of_a_month_stay_unread(news: News, text: str) -> None:
    periods = news(text, published=NOV_2025).periods()
    assert not any(p in periods for p in ("2025-05-01", "2025-05-02", "2025-05-03"))
    assert "2025-11-05" not in periods
    assert "2025-11-01" not in periods


def test_news_a_month_after_a_bracketed_ordinal_day_is_no_aside_of_it(news: News) -> None:
    # "(on the 25th, 90 each) and July (on the 17th, ...)": July is the next swap's month
    text = (
        "In June (on the 25th, 90 each) and July (on the 17th, 95 each), exchanges "
        "resumed at a steady rhythm."
    )
    assert news(text, published=NOV_2025).periods() >= {"2025-07-17"}
    assert "2025-06-17" not in news(text, published=NOV_2025).periods()
