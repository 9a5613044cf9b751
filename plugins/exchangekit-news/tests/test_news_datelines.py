"""Datelines, "Oct. 23" as a day, and exchanges the text never dates ("Nothing lost quietly")."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from exchangekit_news import NewsParser
from exchangekit_news._assemble import UNDATED_WINDOW_DAYS
from exchangekit_news._dateline import dateline, period_line
from exchangekit_news._tokens import tokenize
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Exchange, ParseError, Period

News = Callable[..., Any]


def _read(text: str, published: date) -> tuple[list[Exchange], list[ParseError]]:
    """The exchanges and errors of ``text``, for property tests (fixtures do not mix with them)."""
    items = list(NewsParser().parse(io.StringIO(text), source="a.txt", published=published))
    exchanges = [i for i in items if isinstance(i, Exchange)]
    return exchanges, [i for i in items if isinstance(i, ParseError)]


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")


def _dateline_of(text: str) -> str | None:
    tokens = tokenize(text)
    found = dateline(tokens, 0, len(tokens))
    return None if found is None else found[1]


def test_news_datelines_of_wire_and_agency_copy_are_read() -> None:
    assert _dateline_of("KYIV, Oct 23 (Reuters) – Ukraine said") == "23 Oct"
    assert _dateline_of("MOSCOW, March 3.") == "3 March"
    assert _dateline_of("KYIV/MOSCOW, July 17 (Northern Wire) - The two") == "17 July"
    assert _dateline_of("KYIV, Oct. 23, 2024 /Ukrinform/. The") == "23 Oct 2024"
    assert _dateline_of("14:05 Prisoner swap under way") == "today"


def test_news_ordinary_openings_are_not_datelines() -> None:
    assert _dateline_of("Kyiv, Oct 23 - the capital") is None  # a place not in capitals
    assert _dateline_of("NATO, Ukraine and Russia met on Oct 23.") is None
    assert _dateline_of("UKRAINE, Russia swap 90 on Oct 23 - report") is None
    assert _dateline_of("KYIV, Oct 23 was a quiet day") is None  # nothing closes it
    assert _dateline_of("1,000 bodies returned") is None


def test_news_abbreviated_month_with_a_full_stop_is_a_day(news: News) -> None:
    # Regression: "Oct." was read as the month alone (2025-10).
    read = news("Russia handed over 1,000 bodies to Ukraine on Oct. 23, officials said.")
    (exchange,) = read.exchanges
    assert exchange.period == Period.day(date(2025, 10, 23))


@given(st.sampled_from(_MONTHS), st.integers(1, 28))
def test_news_any_abbreviated_month_and_day_gives_that_day(month: str, day: int) -> None:
    text = f"Russia handed over 500 bodies to Ukraine on {month}. {day}, officials said."
    (exchange,), _ = _read(text, date(2025, 12, 31))
    assert exchange.period.days == 1
    assert exchange.period.start.day == day


def test_news_undated_exchange_takes_the_dateline(news: News) -> None:
    # Regression: the exchange was left out as undated.
    text = (
        "MOSCOW, Oct 21. /Agency/.\n"
        "Russia has received 90 servicemen from Ukraine, the defence ministry said."
    )
    read = news(text)
    (exchange,) = read.exchanges
    assert exchange.period == Period.day(date(2025, 10, 21))
    assert [t.receiver.code for t in exchange.transfers] == ["RUS"]
    assert any("dateline" in note for note in exchange.notes)
    assert not read.errors


def test_news_headline_before_the_dateline_takes_it_too(news: News) -> None:
    text = (
        "Ukraine gets back 1,000 bodies\n\n"
        "KYIV, Oct 22 (Wire) - Ukraine has received 1,000 bodies, which Moscow says are "
        "those of Ukrainian soldiers, the coordination headquarters said.\n\n"
        "Russia got back the remains of 31 of its servicemen, the defence ministry said."
    )
    read = news(text)
    (exchange,) = read.exchanges
    assert exchange.period == Period.day(date(2025, 10, 22))
    assert {(t.receiver.code, t.count.low) for t in exchange.transfers} == {
        ("UKR", 1000),
        ("RUS", 31),
    }


def test_news_undated_exchange_without_dateline_takes_the_publication_day(news: News) -> None:
    # Regression: it was put in the 30 days before publication; the coding conventions
    # (and issue 8) give a news report's undated exchange the publication date.
    read = news("Russia returned 300 bodies to Ukraine, officials said.")
    (exchange,) = read.exchanges
    assert exchange.period == Period.day(date(2025, 10, 23))
    assert any("publication date, 2025-10-23" in note for note in exchange.notes)
    assert not read.errors


@pytest.mark.parametrize(
    "text",
    [
        "Sixty Ukrainian soldiers have come home from captivity, the ombudsman announced.",
        "The defence ministry reports that 41 Russian servicemen were handed back by Kyiv.",
        "Kyiv got back the bodies of 212 soldiers in a repatriation, according to officials.",
    ],
)
def test_news_undated_news_reports_are_dated_on_publication_with_a_note(
    news: News, text: str
) -> None:
    (exchange,) = news(text, published=date(2024, 6, 9)).exchanges
    assert exchange.period == Period.day(date(2024, 6, 9))
    assert any("does not date" in note for note in exchange.notes)


@pytest.mark.parametrize(
    "words",
    [
        "without saying exactly when the men had crossed the border",
        "but did not say when the handover took place",
        "though the date was not disclosed",
        "giving no date",
    ],
)
def test_news_an_exchange_whose_date_the_text_says_is_unknown_gets_a_bounded_period(
    news: News, words: str
) -> None:
    text = f"Ukraine said 120 of its soldiers were freed in a swap with Russia, {words}."
    read = news(text)
    (exchange,) = read.exchanges
    published = date(2025, 10, 23)
    start = published - timedelta(days=UNDATED_WINDOW_DAYS - 1)
    assert exchange.period == Period.between(start, published)
    assert exchange.period.days == UNDATED_WINDOW_DAYS
    assert any("not known" in note for note in exchange.notes)
    assert not read.errors


def test_news_a_later_date_in_the_text_wins_over_the_dateline(news: News) -> None:
    text = (
        "KYIV, Oct 23 (Wire) - Ukraine has brought home 90 soldiers from Russian captivity.\n"
        "The swap took place on Wednesday, the headquarters said."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 22))


def test_news_live_blog_entry_time_stamp_dates_it_on_publication(news: News) -> None:
    text = (
        "LIVE: the war today\n\n"
        "14:05 Swap under way\n\n"
        "Ukraine has brought home 207 of its soldiers, Zelensky says. "
        "The president said the UAE had again acted as mediator.\n\n"
        "14:40 Moscow confirms\n\n"
        "Russia's defence ministry says 195 Russian servicemen have been returned."
    )
    read = news(text)
    (exchange,) = read.exchanges
    assert exchange.period == Period.day(date(2025, 10, 23))
    assert [p.code for p in exchange.intermediaries] == ["UAE"]
    assert sorted(t.count.low for t in exchange.transfers) == [195, 207]


def test_news_dateline_dates_undated_casualty_claims(news: News) -> None:
    text = (
        "KYIV, Oct 20 (Wire) - More than 46,000 Ukrainian soldiers have been killed, Zelensky said."
    )
    (claim,) = news(text, published=date(2025, 10, 23)).claims
    assert claim.as_of == Period.day(date(2025, 10, 20))


@given(st.integers(1, 28), st.sampled_from(("Oct", "Oct.", "October", "Sept.")))
def test_news_undated_exchange_always_comes_through(day: int, month: str) -> None:
    text = (
        f"KYIV, {month} {day} (Wire) - The coordination headquarters said on its channel.\n"
        "Ukraine has brought home 75 soldiers from Russian captivity."
    )
    (exchange,), errors = _read(text, date(2025, 12, 1))
    assert exchange.period.days == 1
    assert exchange.period.start.day == day
    assert not errors


@given(st.integers(min_value=1, max_value=28), st.sampled_from(["st", "nd", "rd", "th"]))
def test_news_a_dateline_with_an_ordinal_day_is_read(day: int, ending: str) -> None:
    assert _dateline_of(f"ABU DHABI, {day}{ending} October, 2025 (Agency) -- The") == (
        f"{day} October 2025"
    )
    assert _dateline_of(f"KYIV, October {day}{ending} - The") == f"{day} October"


@pytest.mark.parametrize(
    ("stamp", "day"),
    [("Wed 21:40 —", 21), ("Wednesday, 23:05 -", 21), ("Thu 08:15 —", 22), ("Tue 19:00 —", 20)],
)
def test_news_a_live_blog_stamp_that_names_its_day_dates_its_entry(
    news: News, stamp: str, day: int
) -> None:
    # Regression: "Wed 21:40" was not read as a time stamp, and an entry from the evening
    # before took the publication day.
    text = (
        "Swap overnight: live updates\n\n"
        f"{stamp} Ukraine says 88 of its soldiers have come home from Russian captivity."
    )
    (exchange,) = news(text, published=date(2022, 9, 22)).exchanges
    assert exchange.period == Period.day(date(2022, 9, day))


def test_news_a_capitalised_word_before_a_time_is_no_day_stamp() -> None:
    assert _dateline_of("Update 21:40 — Ukraine says") is None
    assert _dateline_of("Wed 21:40 — Ukraine says") == "Wednesday"


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "Policy brief 7/25\nMarch 2025\n\nThe ministry in Kyiv said in January that some "
            "5,000 Russian soldiers had been killed near the river.",
            "2025-01",
        ),
        (
            "Quarterly digest\nOctober 2024\n\nLast month, the governor said, 300 Ukrainian "
            "servicemen were listed as missing.",
            "2024-09",
        ),
        (
            "Field notes\nMarch 2025\n\nYesterday the ministry said 5,000 Russian soldiers had "
            "been killed near the river.",
            None,
        ),
        (
            "Field notes\n\nThe ministry said in January that 5,000 Russian soldiers had been "
            "killed near the river.",
            None,
        ),
        (
            "Research note | Nordic Policy Centre | March 2025\n\nThe ministry said in January "
            "that 5,000 Russian soldiers had been killed near the river.",
            "2025-01",
        ),
        (  # a month and a year in a heading's words, not a field of its own, dates nothing
            "Notes on March 2025\n\nThe ministry said in January that 5,000 Russian soldiers "
            "had been killed near the river.",
            None,
        ),
    ],
)
def test_news_a_month_line_dates_what_the_month_alone_can(
    news: News, text: str, as_of: str | None
) -> None:
    """A head line "March 2025" with no day given reads "in January" but never "yesterday"."""
    result = news(text, published=None, unresolved="skip")
    assert [str(c.as_of) for c in result.claims] == ([as_of] if as_of else [])


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("KYIV", {("RUS", "UKR", "112")}),
        ("MOSCOW", {("UKR", "RUS", "112")}),
        ("ISTANBUL", set()),  # a third country's city is nobody's home
        ("ABU DHABI", set()),
        ("SUMY", {("RUS", "UKR", "112")}),  # a region's city of one side, as its capital
        ("BELGOROD", {("UKR", "RUS", "112")}),
        ("BELGOROD/SUMY", set()),  # a joint dateline of both sides' regions
    ],
)
def test_news_dateline_of_one_side_is_the_home_of_people_brought_home(
    recap: Callable[[str], set[tuple[str, str, str, str, str]]],
    place: str,
    expected: set[tuple[str, str, str]],
) -> None:
    """With no side said in the text, a capital's dateline is where "home" is."""
    legs = recap(
        f"{place}, Nov 12 (Steppe Wire) – New talks were postponed again on Wednesday. "
        "The most recent swap, back on September 30, returned home 112 people."
    )
    assert {(s, r, n) for _, s, r, _, n in legs} == expected


def test_news_side_in_the_text_wins_over_the_dateline(
    recap: Callable[[str], set[tuple[str, str, str, str, str]]],
) -> None:
    """A speaker of the other side says whose home it was, whatever the dateline."""
    legs = recap(
        "KYIV, Nov 12 (Steppe Wire) – The Russian defence ministry said the handover "
        "of September 30 had brought home 112 people."
    )
    assert {(s, r, n) for _, s, r, _, n in legs} == {("UKR", "RUS", "112")}


@pytest.mark.parametrize(
    "line",
    [
        "Broadcast Sunday, 16 February 2025; transcript posted Monday, 17 February 2025",
        "Aired 16 February 2025 (edited for length)",
    ],
)
def test_news_a_transcripts_broadcast_line_dates_what_is_said(news: Any, line: str) -> None:
    # the words were said the day the programme went out, not the day the text was posted
    text = f"{line}\n\nPUTIN: About 20,000 of our men have been killed."
    (claim,) = news(text, published=date(2025, 2, 17)).claims
    assert str(claim.as_of) == "2025-02-16"


def test_news_a_word_broadcast_opening_a_sentence_is_no_dateline(news: Any) -> None:
    text = "Broadcast journalists met on 3 February. Kyiv said 20,000 Russians were killed."
    (claim,) = news(text, published=date(2025, 2, 17)).claims
    assert str(claim.as_of) == "2025-02-17"


@given(
    st.sampled_from(("Issued", "Published", "Released", "Posted")),
    st.sampled_from(("|", ";", "—", ",")),
    st.integers(1, 28),
    st.sampled_from(("January", "March", "October")),
    st.integers(2023, 2026),
)
def test_news_period_heading_keeps_its_end_before_the_day_of_issue(
    issued: str, mark: str, day: int, month: str, year: int
) -> None:
    """ "Covering the period to 31 December 2024 | Issued 10 January 2025": the period's end."""
    line = f"Covering the period to {day} {month} {year} {mark} {issued} 10 May {year + 1}"
    tokens = tokenize(line)
    assert period_line(tokens, 0, len(tokens)) == f"{day} {month} {year}"


@pytest.mark.parametrize(
    "line",
    [
        "Covering the period to 30 June 2025 | Kyiv office",  # no day of issue
        "Covering the period to 30 June 2025 and the talks in Istanbul",  # a sentence goes on
        "Covering the period to 30 June 2025 | Issued",  # no day given
    ],
)
def test_news_period_heading_with_more_than_a_day_of_issue_is_no_period(line: str) -> None:
    tokens = tokenize(line)
    assert period_line(tokens, 0, len(tokens)) is None


@given(
    kind=st.sampled_from(["Research note", "Policy brief", "Analysis", "Working paper 12"]),
    outlet=st.sampled_from(["Nordic Policy Centre", "Baltic Institute", "Field Desk"]),
    bar=st.sampled_from(["|", "·", "•"]),
    month=st.integers(min_value=2, max_value=12),
    year=st.integers(min_value=2022, max_value=2026),
    killed=st.integers(min_value=2, max_value=90).map(lambda n: n * 1000),
)
def test_news_a_heading_closed_by_its_month_dates_the_months_it_names(
    kind: str, outlet: str, bar: str, month: int, year: int, killed: int
) -> None:
    """A heading whose last field is "March 2025" reads "in January" as that year's January."""
    name = date(year, month, 1).strftime("%B")
    text = (
        f"{kind} {bar} {outlet} {bar} {name} {year}\n\nThe ministry said in January that "
        f"{killed:,} Russian soldiers had been killed near the river."
    )
    items = list(
        NewsParser().parse(io.StringIO(text), source="a.txt", published=None, unresolved="skip")
    )
    claims = [i for i in items if isinstance(i, CasualtyClaim)]
    assert [(str(c.as_of), str(c.count)) for c in claims] == [(f"{year}-01", f"{killed:,}")]
