"""Named days and spans of days as the dates of exchanges and totals.

Session 13, round three (i13c-dates). A holiday named without a year ("on Ukraine's
Independence Day", "on the eve of Orthodox Christmas", "Victory Day", "Defenders
Day") is the latest such day by publication; "the eve of" a holiday is the day
before it. A span of days ("from May 23 to 25", "from 23 to 25 May", "over three
days from 23 May") is all its days: an exchange made over it is dated by
the span, a total it completed stands on its last day, and "the first day" after it
names its first. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Period

News = Callable[..., Any]

DEC_2024 = date(2024, 12, 30)
NOV_2025 = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # in a recap's list, the holiday between two dated pairs, a possessive before it
        (
            "The summer brought three more swaps, all brokered by the Emirates: 90 for 90 "
            "on 25 June, 115 for 115 on Ukraine's Independence Day and 95 for 95 on 18 "
            "October.",
            DEC_2024,
            {"2024-06-25", "2024-08-24", "2024-10-18"},
        ),
        # the holiday far from the verb, an aside between
        (
            "On Independence Day, after weeks of talks that the Emirates had brokered and "
            "that Moscow had twice called off, 103 Ukrainian soldiers came home.",
            NOV_2025,
            {"2025-08-24"},
        ),
        (
            "Russia's defence ministry said that on the country's Independence Day it had "
            "handed over 30 Ukrainian marines, in a swap it did not describe further.",
            DEC_2024,
            {"2024-08-24"},
        ),
        # "the eve of" a holiday is the day before it
        (
            "In a swap on the eve of Orthodox Christmas, Kyiv and Moscow each freed 50 servicemen.",
            date(2023, 2, 1),
            {"2023-01-06"},
        ),
        (
            "Forty-two Ukrainian defenders returned home on the eve of Independence Day, "
            "the coordination headquarters said.",
            NOV_2025,
            {"2025-08-23"},
        ),
        (
            "On the eve of Orthodox Easter, 64 Ukrainian soldiers, most of them wounded, "
            "came home from Russian captivity.",
            date(2024, 6, 1),
            {"2024-05-04"},
        ),
        (
            "On Victory Day, which Moscow marked with a parade, Russia got back 40 of its "
            "servicemen from Ukrainian captivity.",
            NOV_2025,
            {"2025-05-09"},
        ),
        # Defenders Day moved from 14 October to 1 October in 2023
        (
            "On Defenders Day, 55 Ukrainian prisoners of war came home, Zelensky said.",
            date(2022, 11, 1),
            {"2022-10-14"},
        ),
        (
            "On Defender's Day, 40 soldiers came home from Russian captivity, officials said.",
            DEC_2024,
            {"2024-10-01"},
        ),
    ],
)
def test_news_a_named_day_dates_the_exchange(
    news: News, text: str, published: date, expected: set[str]
) -> None:
    assert news(text, published=published).periods() == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine marks Independence Day with a parade of captured Russian armour.",
        "Officials hoped for a Victory Day truce; 40 prisoners are held in one camp.",
    ],
)
def test_news_a_named_day_without_a_preposition_is_no_date(news: News, text: str) -> None:
    assert news(text, published=NOV_2025).exchanges == []


@pytest.mark.parametrize(
    "span",
    [
        "from May 23 to 25",
        "from 23 to 25 May",
        "over three days from May 23",
        "in three days from 23 May",
    ],
)
@pytest.mark.parametrize(
    "frame",
    [
        "Russia and Ukraine each released 1,000 prisoners {span}, the largest swap of the war.",
        # the span far from the verb, in a dash aside
        "The exchange — agreed in Istanbul a week earlier and carried out {span} — returned "
        "1,000 prisoners to each side.",
    ],
)
def test_news_a_span_of_days_dates_the_exchange_made_over_it(
    news: News, frame: str, span: str
) -> None:
    assert news(frame.format(span=span), published=NOV_2025).periods() == {"2025-05-23/2025-05-25"}


@pytest.mark.parametrize(
    "span", ["over three days from May 23", "from 23 to 25 May", "from May 23 to 25"]
)
def test_news_the_first_day_after_a_span_is_its_first_day_and_the_total_stands_at_its_end(
    news: News, span: str
) -> None:
    text = (
        f"May. The biggest swap so far was carried out {span}, following the first "
        "face-to-face negotiations in three years. Kyiv and Moscow each freed 1,000 "
        "captives, both sides said; on the opening day alone 390 went each way."
    )
    read = news(text, published=date(2025, 12, 29))
    assert {str(e.period) for e in read.exchanges} == {"2025-05-23"}
    assert {str(t.as_of) for t in read.tallies} == {"2025-05-25"}


@pytest.mark.parametrize(
    "text",
    [
        "May. From the 23rd to the 25th, Russia and Ukraine each released 1,000 people.",
        "In May, between the 23rd and the 25th, each side freed 1,000 prisoners of war.",
        "May. The exchange of the 6th was followed, from the 23rd to the 25th, by one in "
        "which 1,000 soldiers went each way.",
    ],
)
def test_news_a_span_of_ordinal_days_takes_the_month_told_before(news: News, text: str) -> None:
    # Regression: only the first ordinal was read (23 May), or none (the month alone).
    assert news(text, published=date(2025, 7, 5)).periods() >= {"2025-05-23/2025-05-25"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "May. Two swaps. On the 6th, 205 apiece. After that, each side freed 1,000 "
            "prisoners from the 23rd to the 25th.",
            "2025-05-23/2025-05-25",
        ),
        (
            "August. Three handovers of the dead. Ukraine received 800 bodies. Then, between "
            "the 12th and the 14th, Russia and Ukraine each released 390 prisoners.",
            "2024-08-12/2024-08-14",
        ),
        (
            "March. A quiet month for the living. Then, on the 14th, Kyiv got back 757 "
            "bodies, Moscow 43.",
            "2025-03-14",
        ),
    ],
)
def test_news_a_month_heading_its_paragraph_dates_a_bare_ordinal_past_a_figure(
    news: News, text: str, expected: str
) -> None:
    # Regression: once a figure had been told, "the 23rd" was the latest 23rd before
    # publication (June), not May's, though the paragraph opened with "May."
    assert expected in news(text, published=date(2025, 7, 5)).periods()


def test_news_a_month_heading_ends_with_its_paragraph(news: News) -> None:
    text = (
        "March. Two handovers. Kyiv said 757 bodies came back on the 14th.\n\n"
        "Later, on the 2nd, 90 prisoners were freed by each side."
    )
    assert "2025-03-02" not in news(text, published=date(2025, 7, 5)).periods()


def test_news_ordinals_too_far_apart_are_no_span_of_days(news: News) -> None:
    text = "March. Between the 2nd and the 28th, Ukraine received 900 bodies in three handovers."
    assert all("/" not in str(e.period) for e in news(text, published=NOV_2025).exchanges)


def test_news_a_count_between_two_numbers_is_no_span_of_days(news: News) -> None:
    text = "Between 23 and 25 prisoners were freed on 3 May, the ombudsman said."
    assert all("/" not in str(e.period) for e in news(text, published=NOV_2025).exchanges)


def test_news_a_month_later_counts_from_the_month_past_a_holiday(news: News) -> None:
    text = (
        "In January, on the eve of Orthodox Christmas, Kyiv and Moscow traded 42 captives "
        "each, and a month later Russia got 71 of its men back while 104 Ukrainians "
        "returned home."
    )
    assert news(text, published=date(2023, 12, 29)).periods() == {"2023-01-06", "2023-02"}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(days=st.integers(2, 7), first=st.integers(1, 20), month=st.sampled_from(["March", "June"]))
def test_news_over_n_days_from_a_day_spans_exactly_those_days(
    news: News, days: int, first: int, month: str
) -> None:
    text = f"Russia and Ukraine each freed 300 prisoners over {days} days from {first} {month}."
    start = date(2025, 3 if month == "March" else 6, first)
    end = start + timedelta(days=days - 1)
    assert news(text, published=NOV_2025).periods() == {f"{start.isoformat()}/{end.isoformat()}"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday beside the date it falls on is that date, not a second one
        (
            "On the eve of Orthodox Easter, on April 19, the two sides met again. Ukraine "
            "got back 246 soldiers and Russia the same number.",
            {"2025-04-19"},
        ),
        (
            "On Independence Day, 24 August, 146 servicemen were exchanged for 146.",
            {"2025-08-24"},
        ),
        # "Christmas week" is no one day: the date beside it dates the swap
        (
            "On 8 January, on the eve of Orthodox Christmas week, fifty prisoners were "
            "returned on each side.",
            {"2025-01-08"},
        ),
    ],
)
def test_news_a_holiday_beside_a_date_leaves_the_date_to_date_it(
    news: News, text: str, expected: set[str]
) -> None:
    assert news(text, published=NOV_2025).periods() == expected


def test_news_a_year_earlier_counts_back_from_the_month_told_before(news: News) -> None:
    text = (
        "Ukraine's register of people missing under special circumstances held more than "
        "23,000 names in September 2023, its commissioner told deputies; a year earlier the "
        "register held some 7,000 names."
    )
    assert {str(c.as_of) for c in news(text, published=NOV_2025).claims} == {
        "2023-09",
        "2022-09",
    }


def test_news_months_earlier_after_a_semicolon_date_the_clause_they_open(news: News) -> None:
    text = (
        "In March 2024, 300 Ukrainian prisoners came home; two months earlier, 200 "
        "Ukrainian soldiers had returned from Russian captivity."
    )
    assert news(text, published=NOV_2025).periods() == {"2024-03", "2024-01"}


_COMING: dict[str, date] = {
    "Orthodox Easter": date(2025, 4, 20),
    "Christmas": date(2025, 12, 25),
    "Independence Day": date(2025, 8, 24),
}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    holiday=st.sampled_from(sorted(_COMING)),
    ahead=st.integers(1, 2),
    back=st.sampled_from([("a day", 1), ("one day", 1), ("two days", 2)]),
    count=st.integers(20, 400),
    weekday=st.booleans(),
)
def test_news_days_before_a_coming_holiday_count_back_from_it(
    news: News, holiday: str, ahead: int, back: tuple[str, int], count: int, weekday: bool
) -> None:
    # "on Saturday, a day before Orthodox Easter" told that Saturday: Easter is the
    # coming one, the day counted back from it, not from the report's day
    published = _COMING[holiday] - timedelta(days=ahead)
    day = _COMING[holiday] - timedelta(days=back[1])
    if day > published:
        return
    on = f" on {day:%A}," if weekday else ""
    text = (
        f"Russia and Ukraine carried out a prisoner exchange{on} {back[0]} before "
        f"{holiday}, with each side getting back {count} captured soldiers."
    )
    assert news(text, published=published).periods() == {day.isoformat()}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a holiday long past counts back from itself, as before
        (
            "Russia and Ukraine each freed 150 prisoners two days before Christmas.",
            NOV_2025,
            {"2024-12-23"},
        ),
        (
            "On Saturday, a day before Orthodox Easter, Kyiv and Moscow swapped 246 soldiers each.",
            NOV_2025,
            {"2025-04-19"},
        ),
    ],
)
def test_news_days_before_a_holiday_long_past_count_back_from_it(
    news: News, text: str, published: date, expected: set[str]
) -> None:
    assert news(text, published=published).periods() == expected


# -- "the first N months of" a year: a loss over those months is dated to their span ------

_MONTH_COUNTS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=25)
@given(
    n=st.integers(2, 10),
    digits=st.booleans(),
    year=st.sampled_from(["this year", "last year", "2024"]),
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    count=st.integers(2, 400).map(lambda k: k * 1_000),
    wording=st.sampled_from(
        [
            "A senior NATO official put {side} casualties in the first {n} months of {year} "
            'at "well over {count:,}".',
            "{side} forces lost more than {count:,} troops in the first {n} months of {year}, "
            "the official said.",
        ]
    ),
)
def test_news_the_first_months_of_a_year_date_a_claim_to_their_span(
    news: News,
    n: int,
    digits: bool,
    year: str,
    side: tuple[str, str],
    count: int,
    wording: str,
) -> None:
    words = str(n) if digits else _MONTH_COUNTS[n - 2]
    text = wording.format(side=side[0], n=words, year=year, count=count)
    claims = news(text, published=NOV_2025).claims
    in_year = {"this year": 2025, "last year": 2024, "2024": 2024}[year]
    span = Period.between(date(in_year, 1, 1), Period.month(in_year, n).end)
    assert [(c.subject.code, c.as_of) for c in claims] == [(side[1], span)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not a year's months: the war's, or a half, or a single month named as "first"
        ("Russia lost more than 60,000 troops in the first five months of the war.", None),
        ("Russia lost more than 60,000 troops in the first half of 2025.", "2025-01-01/2025-06-30"),
        ("Russia lost more than 60,000 troops in the first five weeks of 2025.", "2025"),
    ],
)
def test_news_other_first_spans_keep_their_dates(
    news: News, text: str, expected: str | None
) -> None:
    dates = {str(c.as_of) for c in news(text, published=NOV_2025).claims}
    assert expected is None or dates == {expected}
    assert not any(d.endswith("-05") for d in dates)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    holiday=st.sampled_from(["Easter", "Christmas", "New Year's Eve"]),
    noun=st.sampled_from(["swap", "exchange", "handover"]),
    told=st.sampled_from(["of 19 April", "on April 19", "of April 19"]),
    value=st.integers(min_value=20, max_value=900),
)
def test_news_a_holiday_exchange_dated_after_takes_that_date(
    news: News, holiday: str, noun: str, told: str, value: int
) -> None:
    """ "The Easter swap of 19 April" is dated 19 April: the holiday names the occasion."""
    text = (
        f"The {holiday} {noun} {told} is the best-known example. Russia's defence ministry "
        f"said it had handed over {value} Ukrainian prisoners of war."
    )
    assert news(text, published=NOV_2025).periods() == {"2025-04-19"}


def test_news_a_holiday_exchange_with_no_date_after_keeps_the_holiday(news: News) -> None:
    """With no date after its noun, "the Easter swap" is still dated by Easter."""
    text = "The Easter swap freed 246 Ukrainian prisoners of war, the ministry said."
    assert news(text, published=NOV_2025).periods() == {"2025-04-20"}
