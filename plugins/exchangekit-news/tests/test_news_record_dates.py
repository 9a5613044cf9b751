"""When each record stood: the dates of claims and running totals that the text words loosely.

Each rule is tried on sentences of its own, worded in more than one way, so a
rule keyed to one article's words would fail here.
"""

from __future__ import annotations

import calendar
import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news import NewsParser
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, ExchangeTally, Period

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "March was the worst month for civilians, the monitors said, with 150 killed, and the "
        "number of civilians killed in Ukraine since 2022 has now reached 12,900.",
        "In January the monitors counted 160 civilian deaths, and their overall tally of "
        "civilians killed in Ukraine now stands at 12,700.",
        "February was a quieter month, with 90 civilians killed, the mission said, but the "
        "number of civilians killed in Ukraine since the invasion has now passed 13,100.",
    ],
)
def test_news_a_toll_that_now_stands_at_a_figure_is_current_when_published(
    news: News, text: str
) -> None:
    # Regression: "has now reached" took the month another clause named.
    claims = news(text, published=date(2025, 5, 12)).claims
    totals = [c for c in claims if c.count.low is not None and c.count.low > 10_000]
    assert totals, claims
    assert all(c.as_of == Period.day(date(2025, 5, 12)) for c in totals)


def test_news_now_in_a_toll_keeps_the_day_it_was_said(news: News) -> None:
    text = (
        "The monitors said on Monday that March had been the worst month, and that the number "
        "of civilians killed in Ukraine had now reached 12,900."
    )
    (claim,) = [c for c in news(text, published=date(2025, 5, 14)).claims if c.count.low == 12900]
    assert claim.as_of == Period.day(date(2025, 5, 12))


@given(st.integers(2022, 2025), st.sampled_from(["By the end of", "At the end of"]))
def test_news_a_total_reached_by_the_end_of_a_year_stands_on_its_last_day(
    year: int, words: str
) -> None:
    text = (
        f"{words} {year}, the number of bodies returned to Ukraine had reached 3,100, "
        "officials said."
    )
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=date(2026, 1, 20))
    (tally,) = [i for i in items if isinstance(i, ExchangeTally)]
    assert tally.as_of == Period.day(date(year, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "By the end of 2024, according to Kyiv, 3,900 Ukrainians had been freed in "
        "60 exchanges since the invasion began.",
        "By the end of 2024 the number of prisoners of war brought home to Ukraine had "
        "grown to 3,700, the headquarters said.",
    ],
)
def test_news_the_year_of_a_year_end_total_is_not_its_span(news: News, text: str) -> None:
    # Regression: the year was read as the span the total covers, and the total was
    # dated on the publication day.
    (tally,) = news(text, published=date(2025, 1, 15)).tallies
    assert tally.as_of == Period.day(date(2024, 12, 31))
    assert tally.covers.start == date(2022, 2, 24)


@pytest.mark.parametrize(
    "words",
    [
        "The day before, the president said",
        "A day earlier the president said",
        "On the previous day the president said",
    ],
)
def test_news_the_day_before_is_the_day_before_the_dateline(news: News, words: str) -> None:
    # Regression: the claim was dated on the dateline's day (or the publication's).
    text = (
        "KYIV, March 12 (Wire) - Ukraine brought home 90 prisoners of war on Wednesday.\n\n"
        f"{words} that 43,000 Ukrainian soldiers had been killed since the invasion."
    )
    (claim,) = news(text, published=date(2025, 3, 14)).claims
    assert claim.as_of == Period.day(date(2025, 3, 11))


def test_news_the_day_before_an_event_is_not_read_as_yesterday(news: News) -> None:
    text = "Russia handed back 40 Ukrainian prisoners on 9 May, the day before the talks."
    (exchange,) = news(text, published=date(2025, 5, 20)).exchanges
    assert exchange.period == Period.day(date(2025, 5, 9))


def test_news_yesterday_in_a_claim_counts_from_the_dateline(news: News) -> None:
    text = (
        "MOSCOW, June 3. /Agency/. The defence ministry said yesterday that Ukraine had lost "
        "more than 20,000 soldiers in the Kursk region."
    )
    (claim,) = news(text, published=date(2025, 6, 5)).claims
    assert claim.as_of == Period.day(date(2025, 6, 2))


def test_news_the_day_before_after_a_date_counts_from_that_date_not_the_story(
    news: News,
) -> None:
    text = (
        "The swap of 4 March, which came after a phone call between the two leaders the day "
        "before, returned 120 prisoners to each side."
    )
    (exchange,) = news(text, published=date(2025, 5, 10)).exchanges
    assert exchange.period == Period.day(date(2025, 3, 4))


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Oct 24 (Wire) - The defence ministry said 84 Russian servicemen who had been "
        "held in Sumy, where Ukrainian forces regrouped in early August, had been returned.",
        "KYIV, Oct 24 (Wire) - Moscow said 84 Russian soldiers who were captured in the "
        "Kursk region, where the fighting began in August, had been returned to Russia.",
    ],
)
def test_news_a_date_in_a_where_clause_dates_the_place_not_the_exchange(
    news: News, text: str
) -> None:
    # Regression: "in early August" / "in August" inside ", where ...," dated the exchange.
    (exchange,) = news(text, published=date(2025, 10, 26)).exchanges
    assert exchange.period == Period.day(date(2025, 10, 24))


@pytest.mark.parametrize(
    "headline",
    [
        "What the 2023 prisoner swaps looked like",
        "Explainer: the exchanges of 2023, from spring to winter",
        "Data team | 2023 in prisoner exchanges",
    ],
)
def test_news_a_headline_year_dates_the_days_the_piece_names_without_one(
    news: News, headline: str
) -> None:
    # Regression: "On Feb. 4" in a piece about 2023 published in 2024 was read as 2024.
    text = f"{headline}\n\nOn Feb. 4, Ukraine got back 116 of its soldiers from Russia."
    (exchange,) = news(text, published=date(2024, 3, 1)).exchanges
    assert exchange.period == Period.day(date(2023, 2, 4))


@pytest.mark.parametrize(
    "headline",
    [
        "Biggest swap since 2023 brings 116 soldiers home",
        "KYIV, March 1 (Wire) - The first exchange after the 2023 lull was carried out.",
    ],
)
def test_news_a_year_of_comparison_in_a_headline_is_not_the_topic(
    news: News, headline: str
) -> None:
    text = f"{headline}\n\nOn Feb. 4, Ukraine got back 116 of its soldiers from Russia."
    (exchange,) = news(text, published=date(2024, 3, 1)).exchanges
    assert exchange.period == Period.day(date(2024, 2, 4))


@pytest.mark.parametrize(
    "headline",
    [
        "Policy Brief 2024/03 - Who brokers the prisoner swaps",
        "Front-line live, Friday 1 March 2024: the latest on the exchanges",
        "Bulletin No. 2024/7 on the exchanges of the winter",
    ],
)
def test_news_a_headline_year_in_a_full_date_or_a_serial_is_not_the_topic(
    news: News, headline: str
) -> None:
    # Regression: "2024" in a note's serial number or in a live blog's full date made a piece
    # published in early 2024 date "On Dec. 30" in 2024 instead of the December just past.
    text = f"{headline}\n\nOn Dec. 30, Ukraine got back 140 of its soldiers from Russia."
    (exchange,) = news(text, published=date(2024, 3, 1)).exchanges
    assert exchange.period == Period.day(date(2023, 12, 30))


@pytest.mark.parametrize("opener", ["By 2023", "During 2023", "Throughout 2023"])
def test_news_a_paragraph_opened_by_a_year_dates_its_days(news: News, opener: str) -> None:
    text = (
        "Swaps became routine.\n\n"
        f"{opener} the handovers were regular. Ukraine took back 90 bodies on Aug. 16 "
        "of that year, officials said."
    )
    (exchange,) = news(text, published=date(2025, 9, 1)).exchanges
    assert exchange.period == Period.day(date(2023, 8, 16))


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("a week ago", 19),
        ("three days ago", 23),
        ("two weeks ago", 12),
        ("the previous evening", 25),
        ("the previous night", 25),
    ],
)
def test_news_days_counted_back_from_the_dateline_date_the_exchange(
    news: News, words: str, day: int
) -> None:
    # Regression: "a week ago" and "the previous evening" were not read, and the exchange
    # took the dateline's day.
    text = (
        "MOSCOW, April 26. /Agency/. The ministry said Russia had got back 64 of its "
        f"servicemen {words} in an exchange with Ukraine."
    )
    (exchange,) = news(text, published=date(2025, 4, 28)).exchanges
    assert exchange.period == Period.day(date(2025, 4, day))


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister told a board meeting in December that Ukraine had lost more than "
        "500,000 soldiers in 2024 alone.",
        "In December, the Russian defence minister said Ukraine had lost more than 500,000 "
        "troops in 2024 alone.",
    ],
)
def test_news_a_years_figure_told_in_a_month_of_that_year_is_as_of_that_month(
    news: News, text: str
) -> None:
    # Regression: dated by the whole year, though the text says when in it it was told.
    (claim,) = news(text, published=date(2025, 5, 20)).claims
    assert claim.as_of == Period.month(2024, 12)


def test_news_a_years_figure_without_a_month_of_telling_keeps_the_year(news: News) -> None:
    text = "The defence minister said Ukraine had lost more than 500,000 soldiers in 2024 alone."
    (claim,) = news(text, published=date(2025, 5, 20)).claims
    assert claim.as_of == Period.year(2024)


@pytest.mark.parametrize(
    "text",
    [
        "The swaps of 2022\n\nPublished 4 January 2023\n\nBy the end of the year, officials "
        "said, 1,400 Ukrainians had been brought home in 30 exchanges.",
        "A look back at 2022\n\nBy the end of the year, 1,400 Ukrainians had come home from "
        "captivity in 30 exchanges, Kyiv said.",
    ],
)
def test_news_the_end_of_the_year_is_the_end_of_the_year_the_piece_is_about(
    news: News, text: str
) -> None:
    # Regression: the total was dated on the publication day (a date line under the
    # headline also took over the headline's year).
    (tally,) = news(text, published=date(2023, 1, 4)).tallies
    assert tally.as_of == Period.day(date(2022, 12, 31))


def test_news_a_total_said_at_the_end_of_a_year_it_covers_stands_then(news: News) -> None:
    text = (
        "In 2024 as a whole, Kyiv's coordination headquarters said at the end of the year, "
        "more than 3,000 bodies were repatriated to Ukraine."
    )
    (tally,) = news(text, published=date(2025, 6, 1)).tallies
    assert tally.as_of == Period.day(date(2024, 12, 31))
    assert (tally.covers.start, tally.covers.end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_news_the_end_of_a_year_not_yet_over_is_the_day_it_was_told(news: News) -> None:
    text = (
        "By the end of the year, the headquarters says, 2,500 Ukrainians had come home in "
        "45 exchanges since the invasion."
    )
    (tally,) = news(text, published=date(2023, 12, 29)).tallies
    assert tally.as_of == Period.day(date(2023, 12, 29))


@pytest.mark.parametrize(
    "aside",
    [
        "Russian officials, who had accused Kyiv of blocking exchanges since the spring, said "
        "their men would be flown to Moscow on Saturday.",
        "Moscow, which had blamed Kyiv for delaying swaps for weeks, said its soldiers would "
        "be treated in Belarus from Saturday.",
    ],
)
def test_news_an_exchange_told_in_an_aside_dates_no_later_figure(news: News, aside: str) -> None:
    # Regression: the plan's Saturday dated the next, undated handover.
    text = f"{aside}\n\nIn a separate operation, Ukraine received the remains of 150 soldiers."
    (exchange,) = news(text, published=date(2024, 5, 31)).exchanges
    assert exchange.period == Period.day(date(2024, 5, 31))


# -- a month an earlier count covered is not a later whole-war total's date -------------

_PUBLISHED = date(2025, 8, 14)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "The monitors said July had been the worst month of the year, with 310 civilians "
            "killed and 1,420 injured in Ukraine. They also counted more than 36,000 civilians "
            "injured since the start of the full-scale invasion.",
            "more than 36,000",
        ),
        (
            "In 2024 alone the monitoring group verified 2,100 civilian deaths in Ukraine. It "
            "also said more than 29,000 civilians had been injured since the invasion.",
            "more than 29,000",
        ),
        (
            "During May, the observers documented 95 civilians killed across Ukraine, the "
            "observers said. Altogether they have documented over 12,900 civilians killed, the "
            "observers said.",
            "more than 12,900",
        ),
        (
            "In March alone the agency verified 180 civilian deaths in Ukraine. In total it has "
            "recorded more than 14,000 civilians killed, the agency said.",
            "more than 14,000",
        ),
    ],
)
def test_news_a_whole_war_total_after_a_months_count_is_current_when_told(
    news: News, text: str, total: str
) -> None:
    claims = {str(c.count): c.as_of for c in news(text, published=_PUBLISHED).claims}
    assert claims[total] == Period.day(_PUBLISHED)


def test_news_a_statement_month_still_dates_the_next_total(news: News) -> None:
    # the month the earlier whole-war total was told in is a statement's, so it carries
    text = (
        "In July, the mission said 13,900 civilians had been killed in Ukraine since February "
        "2022. It also said more than 35,000 civilians had been injured since the start of the "
        "invasion."
    )
    claims = {str(c.count): c.as_of for c in news(text, published=_PUBLISHED).claims}
    assert claims["more than 35,000"] == Period.month(2025, 7)


@given(month=st.integers(1, 7), counted=st.integers(100, 900), total=st.integers(20, 40))
def test_news_a_months_count_never_dates_the_running_total(
    month: int, counted: int, total: int
) -> None:
    name = date(2025, month, 1).strftime("%B")
    text = (
        f"The mission said {name} had been the deadliest month, with {counted} civilians "
        f"killed in Ukraine. The mission also counted more than {total},000 civilians injured "
        "since the start of the invasion."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=_PUBLISHED, publisher="Desk"
    )
    dates = {str(c.count): c.as_of for c in items if hasattr(c, "as_of")}
    assert dates[f"more than {total},000"] == Period.day(_PUBLISHED)


# -- a week after the occasion of telling dates the telling, not the total's span -------


@pytest.mark.parametrize(
    ("text", "week"),
    [
        (
            "Over the entire war, the ombudsman put the number of returned Ukrainian civilians "
            "at 410 at a news conference last week.",
            42,
        ),
        (
            "Since 2022, the number of freed Ukrainians stands at 4,800, Kyiv's headquarters "
            "said in an interview this week.",
            43,
        ),
    ],
)
def test_news_a_week_of_a_briefing_is_when_the_total_was_told(
    news: News, text: str, week: int
) -> None:
    (tally,) = news(text, published=date(2025, 10, 23)).tallies
    assert tally.as_of == Period.week(2025, week)
    assert tally.covers is not None
    assert tally.covers.start == date(2022, 2, 24)


# -- "since the start of the year" starts the span at the year's first day ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Since the start of the year, 640 Ukrainians have been freed, the headquarters said.",
        "The headquarters said 640 Ukrainians had been freed since the beginning of the year.",
        "Moscow has lost about 280,000 men killed and wounded since the start of the year, "
        "Kyiv's commander said.",
    ],
)
def test_news_since_the_start_of_the_year_is_this_years_start(news: News, text: str) -> None:
    read = news(text, published=date(2025, 10, 23))
    spans = [r.covers for r in [*read.tallies, *read.claims]]
    assert spans == [Period.between(date(2025, 1, 1), date(2025, 10, 23))]


@given(published=st.dates(date(2023, 3, 1), date(2027, 12, 31)))
def test_news_since_the_start_of_the_year_never_reaches_back_to_the_invasion(
    published: date,
) -> None:
    text = "Since the start of the year, 310 Ukrainians have come home, officials said."
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=published)
    (tally,) = [i for i in items if isinstance(i, ExchangeTally)]
    assert tally.covers is not None
    assert tally.covers.start == date(published.year, 1, 1)


@pytest.mark.parametrize(
    "detail",
    [
        "Most of those freed were soldiers. Several had been held since 2022. "
        "The swap was mediated by Qatar. ",
        "The Emirates mediated. Relatives met the buses at the border. ",
    ],
)
def test_news_a_total_with_it_stands_on_the_day_of_the_exchange_told(detail: str) -> None:
    """ "With it, 5,120 have been freed in total": "it" is the swap the statement told."""
    text = (
        "On 14 September, 98 Ukrainians came home from Russian captivity, Kyiv said. "
        f"{detail}It was the 60th exchange. With it, 5,120 Ukrainians have been freed "
        "from captivity in total."
    )
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=date(2025, 9, 16))
    (tally,) = [i for i in items if isinstance(i, ExchangeTally)]
    assert tally.as_of == Period.day(date(2025, 9, 14))


@given(
    month=st.integers(1, 11),
    later=st.integers(0, 11),
    wording=st.sampled_from(
        [
            "Russia's defence ministry said in {m} that Ukraine had lost almost {n:,} troops "
            "in 2024 alone.",
            "In {m}, the Russian defence minister said Ukraine had lost more than {n:,} "
            "troops in 2024 alone.",
        ]
    ),
    count=st.integers(300, 700).map(lambda k: k * 1000),
)
def test_news_a_whole_years_figure_told_before_a_december_is_told_the_year_after(
    month: int, later: int, wording: str, count: int
) -> None:
    """ "said in January that Ukraine had lost 600,000 in 2024 alone": January 2025."""
    text = wording.format(m=calendar.month_name[month], n=count)
    published = date(2025, min(12, month + later), 28)
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=published, publisher="Desk"
    )
    (claim,) = [i for i in items if isinstance(i, CasualtyClaim)]
    assert claim.as_of == Period.month(2025, month)


@pytest.mark.parametrize(
    ("said", "exchange", "expected"),
    [
        ("on Thursday", "Wednesday's", "2025-02-06"),
        ("on Friday", "Tuesday's", "2025-02-07"),
        ("on Wednesday", "Monday's", "2025-02-05"),
    ],
)
def test_news_a_total_that_now_stands_is_dated_when_said_not_at_the_exchange_named(
    news: Callable[..., Any], said: str, exchange: str, expected: str
) -> None:
    """ "said on Thursday that he was freed in Wednesday's exchange, and that 212 have now
    come home since 2022": "now" is the day of saying; the possessive day is one swap's."""
    read = news(
        f"Ukraine's ombudsman said {said} that a marine from Vinnytsia was freed in {exchange} "
        "exchange, and that 212 servicemen have now come home from captivity since 2022.",
        published=date(2025, 2, 8),
    )
    (tally,) = read.tallies
    assert str(tally.as_of) == expected


def test_news_a_total_with_no_now_after_a_named_exchange_keeps_its_date(
    news: Callable[..., Any],
) -> None:
    """Without "now" the total is not said to stand at the time of saying."""
    read = news(
        "Ukraine's ombudsman said on Thursday that with Wednesday's exchange, 212 servicemen "
        "had come home from captivity since 2022.",
        published=date(2025, 2, 8),
    )
    assert [str(t.as_of) for t in read.tallies] != ["2025-02-06"]
