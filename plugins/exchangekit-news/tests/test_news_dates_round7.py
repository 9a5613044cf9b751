"""Dates of found figures in wordings of the seventh session (issue 8, dates part).

Each case is a sentence written for this file, in the hard form the habit takes in
reporting: the year told once in a later clause, the attribution set between
commas inside "a day after a swap in which ...".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

Periods = Callable[[str, date], set[str]]
News = Callable[..., Any]
NOVEMBER = date(2025, 11, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Returns have grown since. Before that, handovers of the dead were far smaller: "
            "in 2024, for instance, Russia returned 563 bodies in November.",
            {"2024-11"},
        ),
        (
            "The first swaps were small; in 2023, by contrast with later years, Ukraine got "
            "back 45 soldiers in May.",
            {"2023-05"},
        ),
        (
            "Things were different two years earlier — in 2023 the largest handover came on "
            "16 June, when Kyiv received 94 bodies.",
            {"2023-06-16"},
        ),
    ],
)
def test_a_year_opening_a_later_clause_dates_its_months(
    periods: Periods, text: str, expected: set[str]
) -> None:
    """ "...: in 2024, ... in November": the month is of the year its clause opens with."""
    assert periods(text, NOVEMBER) == expected


def test_a_month_before_the_clause_of_the_year_keeps_its_own(periods: Periods) -> None:
    """The year dates only what is told after it: "in June" before "; in 2023" is this June."""
    text = (
        "Russia returned 212 bodies in June, while the handovers were modest; in 2023, "
        "by contrast, the largest came in May, when Russia handed over 90 bodies."
    )
    assert periods(text, NOVEMBER) == {"2025-06", "2023-05"}


@given(year=st.integers(min_value=2022, max_value=2024), month=st.sampled_from(["May", "July"]))
def test_any_past_year_opening_a_clause(periods: Periods, year: int, month: str) -> None:
    """Whatever the past year and month, the month after it is of that year."""
    text = f"Swaps were rarer then: in {year}, Ukraine got back 45 soldiers in {month}."
    number = "05" if month == "May" else "07"
    assert periods(text, NOVEMBER) == {f"{year}-{number}"}


SUNDAY = date(2022, 10, 30)


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA, Oct 30 (Desk) – The foreign minister said on Sunday that talks could go on, "
        "a day after a swap in which, according to Kyiv, 41 Ukrainians came home.",
        "ANKARA, Oct 30 (Desk) – The envoy spoke on Sunday, a day after an exchange in which, "
        "according to the Ukrainian ombudsman, 41 soldiers returned and, according to "
        "Moscow, 38 Russian servicemen were freed in return.",
    ],
)
def test_an_attribution_aside_in_the_swap_counted_from(periods: Periods, text: str) -> None:
    """ "a day after a swap in which, according to X, N returned": the swap's day, not Sunday."""
    assert periods(text, SUNDAY) == {"2022-10-29"}


AUTUMN = date(2022, 10, 30)


def _ordinal(day: int) -> str:
    """``day`` written as an ordinal: "1st", "12th", "22nd"."""
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Earlier in October, Kyiv said it had recovered 108 women, some of them medics, "
            "on the 17th, and 32 soldiers on the 6th.",
            {"2022-10-17", "2022-10-06"},
        ),
        (
            "In September, on the 4th, Kyiv got back 41 soldiers, and on the 22nd, 63 civilians.",
            {"2022-09-04", "2022-09-22"},
        ),
        (
            "Back in August, Russia handed over 140 bodies on the 2nd and 95 on the 27th.",
            {"2022-08-02", "2022-08-27"},
        ),
    ],
)
def test_each_listed_figure_takes_its_own_ordinal_day(
    periods: Periods, text: str, expected: set[str]
) -> None:
    """Two bare ordinals in a month told once: each figure the day written beside it."""
    assert periods(text, AUTUMN) == expected


@given(first=st.integers(min_value=1, max_value=14), second=st.integers(min_value=15, max_value=30))
def test_any_two_ordinal_days_go_to_their_figures(
    periods: Periods, first: int, second: int
) -> None:
    """Whatever the two days, the figure before each ordinal is of that day, not the other."""
    text = (
        f"In September, Kyiv got back 41 soldiers on the {_ordinal(first)} and 63 on the "
        f"{_ordinal(second)}."
    )
    assert periods(text, AUTUMN) == {f"2022-09-{first:02d}", f"2022-09-{second:02d}"}


FEB_SUNDAY = date(2023, 2, 5)
RAISED = [
    "The exchange brought the number of Ukrainians freed since the invasion to {total}.",
    "Officials said the swap had raised the number of Ukrainians freed since 2022 to {total}.",
    "Kyiv said it took the number of its people returned since 2022 to {total}.",
    "The ombudsman said it raised to {total} the number of Ukrainians freed since 2022.",
    "With Saturday's exchange, the headquarters said, {total} Ukrainians had been freed.",
    "With it, the number of Ukrainians brought home since 2022 had risen to {total}.",
    "Kyiv called it the 40th swap, one that raised the number of Ukrainians freed to {total}.",
    "The swap brings the number of Ukrainians freed this year to {total}, Kyiv said.",
    "By the end of that exchange, Kyiv said, {total} Ukrainians had been freed since 2022.",
    "After this swap, the headquarters said, {total} Ukrainians had come home since 2022.",
    "Following the latest handover, {total} Ukrainians had been returned in all, it said.",
]


@pytest.mark.parametrize("wording", RAISED)
@given(total=st.integers(min_value=1_000, max_value=9_000))
def test_a_total_the_exchange_raised_is_as_of_that_exchange(
    news: News, wording: str, total: int
) -> None:
    """ "The exchange brought the number to N", told a day later: as of the exchange's day."""
    text = (
        "KYIV, Feb 5 (Desk) – Russia freed 116 Ukrainian soldiers on Saturday, officials "
        "said, and got back 63 of its own. " + wording.format(total=f"{total:,}")
    )
    tallies = news(text, published=FEB_SUNDAY).tallies
    assert {str(t.as_of) for t in tallies} == {"2023-02-04"}


def test_a_total_without_the_exchange_raising_it_stays_on_the_story_day(
    news: News,
) -> None:
    """The guard: a total merely stated ("has reached N") is current when the story ran."""
    text = (
        "KYIV, Feb 5 (Desk) – Russia freed 116 Ukrainian soldiers on Saturday, officials "
        "said, and got back 63 of its own. The number of Ukrainians freed since the "
        "invasion has reached 1,762, Kyiv said."
    )
    tallies = news(text, published=FEB_SUNDAY).tallies
    assert {str(t.as_of) for t in tallies} == {"2023-02-05"}


# -- twelfth session (i12b-dates): a headline's ranking year ---------------------------

MARCH_FRIDAY = date(2025, 3, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv gets 312 bodies in second handover of 2025\n\nKYIV, March 7 (Desk) - "
            "Officials said the handover went smoothly, with the Red Cross present.",
            {"2025-03-07"},
        ),
        (
            "Ukraine brings home 150 prisoners in first exchange of 2025\n\nKYIV, March 7 "
            "(Desk) - Relatives gathered at a hospital in the north.",
            {"2025-03-07"},
        ),
        ("Ukraine brings home 150 prisoners in first exchange of 2025", {"2025-03-07"}),
        # not a headline: in a recap the ranking year is the best date there is
        ("Recap (Desk)\n\nThe second handover of 2024 returned 312 bodies to Ukraine.", {"2024"}),
        ("Recap (Desk)\n\nKyiv got back 312 bodies in the second handover of 2024.", {"2024"}),
    ],
)
def test_a_headlines_ranking_year_leaves_the_exchange_to_the_storys_day(
    periods: Periods, text: str, expected: set[str]
) -> None:
    """ "... in first exchange of 2025" as a headline ranks the exchange the story is
    about; the story's day dates it. Only a headline: a recap's year stays its date."""
    assert periods(text, MARCH_FRIDAY) == expected


_DAILY = "KYIV, Oct 22 (Desk) - Kyiv's general staff put Russian losses on Sunday at 1,040. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _DAILY + "Russia's defence ministry, for its part, claimed Ukraine had lost up to "
            "1,310 troops in the same period.",
            "2025-10-19",
        ),
        (
            _DAILY + "Moscow claimed that Ukrainian units had lost as many as 1,310 "
            "servicemen over the same period, without giving details.",
            "2025-10-19",
        ),
        # the guard: without "the same period" the other side's claim is current when told
        (_DAILY + "Russia's defence ministry claimed Ukraine had lost up to 1,310 troops.", None),
    ],
)
def test_a_claim_over_the_same_period_takes_the_date_of_the_claim_just_before(
    news: News, text: str, expected: str | None
) -> None:
    """ "... lost 1,310 in the same period" after a figure put "on Sunday": Sunday's."""
    claims = news(text, published=date(2025, 10, 22)).claims
    dated = {str(c.as_of) for c in claims if c.count.high > 1_100}
    assert dated == {expected or "2025-10-22"}
