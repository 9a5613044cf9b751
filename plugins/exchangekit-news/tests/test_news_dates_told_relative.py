"""Dates of exchanges told relative to another event, checked on several wordings.

Issue 8, round three: a date inside "the first ... since <event>" belongs to the
earlier event, and "the swap carried out two days earlier" counts back from the
day the sentence names. Both are habits of news English, not one article's words.
"""

from __future__ import annotations

import calendar
import io
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from dateutil.easter import EASTER_ORTHODOX, easter
from exchangekit_news import NewsParser
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Exchange, Period


def _claims(text: str, published: date) -> list[CasualtyClaim]:
    """The claims the parser reads from ``text`` published on ``published``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=published, publisher="Desk"
    )
    return [i for i in items if isinstance(i, CasualtyClaim)]


News = Callable[..., Any]


# -- a date in a ranked "since" clause is the earlier event's -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "last month" in the since-clause, nearer the figure, dated the swap.
        "On Tuesday, in the largest exchange since a strike hit the crossing point last "
        "month, 120 Ukrainian soldiers came home.",
        "On Tuesday, the first swap since the talks stalled in early March, 120 Ukrainian "
        "soldiers came home.",
        "On Tuesday, in the biggest handover since a drone strike last week, Russia freed 120 "
        "Ukrainian soldiers.",
        "Both sides gave figures on Tuesday for the swap, the first since talks in Geneva "
        "broke down last week, with Kyiv saying 120 of its soldiers had come home.",
    ],
)
def test_news_a_date_after_first_since_is_not_the_exchanges(news: News, text: str) -> None:
    exchanges = news(text, published=date(2024, 4, 18)).exchanges
    assert exchanges
    assert {e.period for e in exchanges} == {Period.day(date(2024, 4, 16))}


def test_news_a_since_clause_without_a_rank_before_it_still_starts_a_total(
    news: News,
) -> None:
    # "since the first exchange ... last spring": the rank is inside the clause, so the
    # clause starts a running total rather than ranking one exchange.
    text = (
        "Some 2,400 Ukrainians have come home since the first exchange of the war took "
        "place last spring."
    )
    (tally,) = news(text, published=date(2024, 4, 18)).tallies
    assert tally.covers is not None
    assert tally.covers.start == date(2023, 3, 1)


# -- "N days earlier" counts back from the day named ----------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Regression: the swap "carried out a day earlier" took the day of the statement.
        (
            "Ukraine and Russia gave their figures on Friday for the exchange carried out a "
            "day earlier, with Kyiv saying 85 of its soldiers had come home.",
            10,
        ),
        (
            "Kyiv said on Friday that 85 Ukrainian soldiers had come home in the swap held "
            "two days earlier.",
            9,
        ),
        (
            "Moscow confirmed on Friday the handover made a week earlier, in which 85 "
            "Ukrainian soldiers were freed.",
            4,
        ),
        (
            "Kyiv reported on Friday that Russia had released 85 Ukrainian soldiers two days "
            "earlier.",
            9,
        ),
    ],
)
def test_news_an_exchange_days_earlier_counts_back(news: News, text: str, day: int) -> None:
    (exchange,) = news(text, published=date(2024, 10, 12)).exchanges
    assert exchange.period == Period.day(date(2024, 10, day))


def test_news_earlier_without_an_exchange_before_it_shifts_nothing(news: News) -> None:
    text = (
        "Russia freed 85 Ukrainian soldiers on Friday, Kyiv said, confirming reports made a "
        "day earlier."
    )
    (exchange,) = news(text, published=date(2024, 10, 12)).exchanges
    assert exchange.period == Period.day(date(2024, 10, 11))


@given(days=st.integers(1, 6), day=st.integers(8, 28))
def test_news_any_count_of_days_earlier_counts_back(days: int, day: int) -> None:
    words = ("one", "two", "three", "four", "five", "six")
    unit = "day" if days == 1 else "days"
    text = (
        f"Kyiv gave its figures on {day} May for the swap carried out {words[days - 1]} "
        f"{unit} earlier, saying 70 of its soldiers had come home."
    )
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=date(2024, 5, 28))
    periods = [i.period for i in items if isinstance(i, Exchange)]
    assert periods == [Period.day(date(2024, 5, day) - timedelta(days=days))]


@given(
    day=st.integers(3, 28),
    swapped=st.integers(5, 99),
    freed=st.integers(100, 400),
    opener=st.sampled_from(["came after", "was held after", "followed reports that"]),
    verb=st.sampled_from(["freed", "released", "handed over"]),
)
def test_news_a_day_earlier_after_after_dates_only_the_later_figure(
    day: int, swapped: int, freed: int, opener: str, verb: str
) -> None:
    # Regression: "a day earlier" told after "came after" moved the swap named on its
    # own day back a day as well as the figure it follows.
    text = (
        f"The swap of {swapped} for {swapped} on Sept. {day} {opener} Russia {verb} "
        f"{freed} Ukrainians a day earlier."
    )
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=date(2025, 9, 30))
    periods = {
        str(t.count): e.period for e in items if isinstance(e, Exchange) for t in e.transfers
    }
    assert periods.get(str(swapped)) == Period.day(date(2025, 9, day))


@given(
    first=st.integers(5, 99),
    later=st.integers(100, 400),
    day=st.integers(2, 27),
    month=st.sampled_from(["Feb.", "March", "April"]),
    wording=st.sampled_from(
        [
            "Ukraine got back {first} soldiers, followed on {date} by {later} more.",
            "Ukraine got back {first} soldiers, followed by {later} more on {date}.",
            "Russia released {first} Ukrainian soldiers, which was followed on {date} by a "
            "swap of {later} for {later}.",
        ]
    ),
)
def test_news_a_day_after_followed_by_is_not_the_earlier_figures(
    first: int, later: int, day: int, month: str, wording: str
) -> None:
    # Regression: the day of what followed dated the figure before "followed ... by".
    text = wording.format(first=first, later=later, date=f"{month} {day}")
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=date(2025, 10, 23))
    periods = {
        e.period
        for e in items
        if isinstance(e, Exchange)
        for t in e.transfers
        if str(t.count) == str(first)
    }
    assert periods == {Period.day(date(2025, 10, 23))}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A smaller swap, 100 for 100, followed on Feb. 8.", date(2025, 2, 8)),
        ("Russia freed 25 soldiers on Jan. 3, and 150 more followed on Feb. 5.", date(2025, 1, 3)),
    ],
)
def test_news_followed_without_by_keeps_its_own_day(news: News, text: str, day: date) -> None:
    exchanges = news(text, published=date(2025, 10, 23)).exchanges
    assert exchanges
    assert exchanges[0].period == Period.day(day)


# -- a holiday naming the exchange it modifies ---------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Regression: "a New Year's Eve swap" was no date; the exchange took the story's day.
        (
            "Officials recalled the New Year's Eve swap, in which 230 Ukrainian soldiers came "
            "home.",
            date(2023, 12, 31),
        ),
        (
            "The talks followed a Christmas Eve exchange in which Russia handed over 48 "
            "Ukrainian soldiers.",
            date(2023, 12, 24),
        ),
        (
            "Kyiv said the Christmas Day handover had brought 60 Ukrainian civilians home.",
            date(2023, 12, 25),
        ),
    ],
)
def test_news_a_holiday_before_an_exchange_noun_dates_it(news: News, text: str, day: date) -> None:
    (exchange,) = news(text, published=date(2024, 2, 10)).exchanges
    assert exchange.period == Period.day(day)


def test_news_a_holiday_before_another_noun_is_still_no_date(news: News) -> None:
    text = "Russia freed 75 Ukrainian soldiers on Friday, days after the Christmas truce ended."
    (exchange,) = news(text, published=date(2024, 2, 10)).exchanges
    assert exchange.period == Period.day(date(2024, 2, 9))


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # Regression: told on Easter Saturday, "an Easter exchange" was last year's Easter.
        (
            "Both capitals confirmed an Easter exchange: 140 Ukrainian soldiers came home.",
            date(2025, 4, 19),
        ),
        (
            "In what officials called the Christmas swap, Russia returned 52 Ukrainian "
            "prisoners of war.",
            date(2024, 12, 24),
        ),
        (
            "The New Year's Day handover saw 33 Ukrainian civilians freed, Kyiv said.",
            date(2025, 12, 31),
        ),
    ],
)
def test_news_a_holiday_a_day_or_two_away_is_the_report_day(
    news: News, text: str, published: date
) -> None:
    (exchange,) = news(text, published=published).exchanges
    assert exchange.period == Period.day(published)


@given(st.integers(2001, 2090), st.integers(0, 40))
def test_news_a_holiday_is_the_one_at_hand_or_past(
    exchanges_on: Callable[..., Any], year: int, after: int
) -> None:
    sunday = easter(year)
    text = "Officials confirmed an Easter exchange in which 70 Ukrainian soldiers came home."
    for published in (sunday - timedelta(days=1), sunday - timedelta(days=2)):
        (exchange,) = exchanges_on(text, published)
        assert exchange.period == Period.day(published)
    published = sunday + timedelta(days=after)
    (exchange,) = exchanges_on(text, published)
    orthodox = easter(year, EASTER_ORTHODOX)
    # told a day or two before an Orthodox Easter weeks later, the feast at hand is that one
    at_hand = 0 < (orthodox - published).days <= 2
    assert exchange.period == Period.day(published if at_hand else sunday)


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "on the Friday" in a Friday's paper was the paper's own day.
        "The swap ran over a long weekend. On the Friday, 120 Ukrainian soldiers came home.",
        "Kyiv said the first group, freed on the Friday, numbered 85 Ukrainian civilians.",
        "Russia handed over 64 Ukrainian prisoners of war on the Friday of that week.",
    ],
)
def test_news_the_weekday_is_a_day_gone_by(news: News, text: str) -> None:
    friday = date(2025, 5, 30)
    (exchange,) = news(text, published=friday).exchanges
    assert exchange.period == Period.day(date(2025, 5, 23))


@given(
    st.dates(date(2001, 1, 1), date(2090, 12, 31)),
    st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
)
def test_news_the_weekday_falls_in_the_week_before_the_report(
    exchanges_on: Callable[..., Any], published: date, day: str
) -> None:
    text = f"On the {day}, 120 Ukrainian soldiers came home, Kyiv said."
    (exchange,) = exchanges_on(text, published)
    assert exchange.period.precision.name == "DAY"
    assert 1 <= (published - exchange.period.start).days <= 7
    assert exchange.period.start.strftime("%A") == day


def test_news_the_weekday_told_later_in_the_week_is_this_weeks(news: News) -> None:
    text = "On the Friday, 120 Ukrainian soldiers came home, Kyiv said."
    (exchange,) = news(text, published=date(2025, 6, 2)).exchanges
    assert exchange.period == Period.day(date(2025, 5, 30))


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "the third such handover this month" dated the figure to the month.
        "The bodies of 900 soldiers, whom Moscow calls Ukrainian troops, were handed back "
        "to Ukraine on Tuesday, the second such repatriation this month.",
        "The remains of 640 people, which Kyiv believes are its soldiers, came back on "
        "Tuesday, the fourth such handover this month.",
        "A group of 75 civilians, who Kyiv says were held for years, returned to Ukraine on "
        "Tuesday, the third such exchange this month.",
    ],
)
def test_news_a_month_that_ranks_an_exchange_is_not_its_date(news: News, text: str) -> None:
    (exchange,) = news(text, published=date(2025, 10, 23)).exchanges
    assert exchange.period == Period.day(date(2025, 10, 21))


@given(
    st.sampled_from(["second", "third", "fourth", "fifth"]),
    st.sampled_from(["handover", "exchange", "swap", "repatriation"]),
    st.sampled_from(["this month", "this week"]),
)
def test_news_a_ranking_period_never_outranks_the_day(
    exchanges_on: Callable[..., Any], rank: str, noun: str, period: str
) -> None:
    text = (
        "The bodies of 900 soldiers, whom Moscow calls Ukrainian troops, were handed back "
        f"to Ukraine on Tuesday, the {rank} such {noun} {period}."
    )
    (exchange,) = exchanges_on(text, date(2025, 10, 23))
    assert exchange.period == Period.day(date(2025, 10, 21))


# -- what "took place" on a day is an event, even when called a deal -------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "deal" before the date made it an agreement's date, not the swap's.
        "The deal that surprised diplomats took place on 14 March, when Russia freed 90 "
        "Ukrainian soldiers.",
        "The agreement's first stage happened on 14 March, when 90 Ukrainian soldiers came "
        "home from Russia.",
        "That swap, part of a wider deal, took place in Abu Dhabi on 14 March and brought 90 "
        "Ukrainian soldiers home.",
    ],
)
def test_news_a_deal_that_took_place_on_a_day_is_dated_to_it(news: News, text: str) -> None:
    (exchange,) = news(text, published=date(2024, 4, 20)).exchanges
    assert exchange.period == Period.day(date(2024, 3, 14))


def test_news_a_deal_signed_on_a_day_still_dates_only_the_deal(news: News) -> None:
    text = "Under the deal signed on 2 March, Russia freed 90 Ukrainian soldiers."
    (exchange,) = news(text, published=date(2024, 4, 20)).exchanges
    assert exchange.period == Period.day(date(2024, 4, 20))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Regression: "Ukrainian and ... Russian" and a long object put "earlier" out of reach.
        (
            "Qatar said on Saturday that its envoys had secured the release of 60 Ukrainian "
            "and 60 Russian soldiers a day earlier.",
            19,
        ),
        (
            "The ministry announced on Saturday the return of 60 Ukrainian soldiers and two "
            "civilians three days earlier.",
            17,
        ),
    ],
)
def test_news_earlier_at_the_end_of_a_long_clause_counts_back(
    news: News, text: str, day: int
) -> None:
    exchanges = news(text, published=date(2024, 4, 20)).exchanges
    assert exchanges
    assert {e.period for e in exchanges} == {Period.day(date(2024, 4, day))}


# -- an aside about a person does not date a claim ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "who turned 47 last month" dated Russia's losses to that month.
        "The minister, who took office in March, said Russia had lost 120,000 soldiers.",
        "Shoigu, whose ministry was reshuffled last year, said Ukraine had lost 90,000 troops.",
        "The general, who retired in 2023, told reporters that 40,000 Russian soldiers had "
        "been killed.",
    ],
)
def test_news_a_persons_aside_does_not_date_a_claim(news: News, text: str) -> None:
    (claim,) = news(text, published=date(2025, 10, 23)).claims
    assert claim.as_of == Period.day(date(2025, 10, 23))


def test_news_an_aside_that_tells_a_statement_still_dates_it(news: News) -> None:
    text = "Zelensky, who spoke on Sunday, said 46,000 Ukrainian soldiers had been killed."
    (claim,) = news(text, published=date(2025, 10, 23)).claims
    assert claim.as_of == Period.day(date(2025, 10, 19))


@given(st.sampled_from(["in March", "last month", "in 2023", "last year", "on Monday"]))
def test_news_no_personal_aside_date_reaches_a_claim(when: str) -> None:
    text = f"The minister, who took office {when}, said Russia had lost 120,000 soldiers."
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
    )
    (claim,) = [i for i in items if isinstance(i, CasualtyClaim)]
    assert claim.as_of == Period.day(date(2025, 10, 23))


# -- a participle of capture dates the capture, not the exchange ----------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "soldiers captured as far back as 2022" dated the civilians' return.
        "Among those freed on Monday were marines captured back in 2022, and Kyiv also got "
        "back 12 civilians.",
        "Kyiv said on Monday that its men, some detained as early as 2023, were home, and "
        "that 12 civilians had also come back.",
        "The group returned on Monday included pilots arrested in 2024, and Ukraine received "
        "12 civilians too.",
        # the capture told at length before its month: "captured during Ukraine's lightning
        # counteroffensive in Kharkiv region in September"
        "Russia said on Monday that 12 of its servicemen, some of them captured during "
        "Ukraine's lightning counteroffensive in Kharkiv region in September, had been freed.",
    ],
)
def test_news_a_capture_participle_does_not_date_the_return(news: News, text: str) -> None:
    exchanges = news(text, published=date(2025, 10, 23)).exchanges
    assert exchanges
    assert all(e.period == Period.day(date(2025, 10, 20)) for e in exchanges)


@given(
    st.sampled_from(["captured", "detained", "arrested", "abducted", "imprisoned"]),
    st.integers(2014, 2024),
)
def test_news_no_capture_year_dates_a_return(
    exchanges_on: Callable[..., Any], verb: str, year: int
) -> None:
    text = (
        f"Among those freed on Monday were marines {verb} in {year}, and Kyiv also got back "
        "12 civilians."
    )
    exchanges = exchanges_on(text, date(2025, 10, 23))
    assert exchanges
    assert all(e.period == Period.day(date(2025, 10, 20)) for e in exchanges)


# -- a statement date in the figure's clause beats a date of another clause -----------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Regression: the start of the season's stages, in another clause, dated the figure.
        (
            "The autumn rounds began on September 2, though Kyiv said on October 14 that 95 "
            "Ukrainian soldiers had come home.",
            date(2025, 10, 14),
        ),
        (
            "Talks opened in Geneva on May 3, but Moscow announced on May 20 that 95 "
            "Ukrainian prisoners had been handed over.",
            date(2025, 5, 20),
        ),
        (
            "The summer stages started on June 9, while Ukraine said on July 1 that 95 of its "
            "soldiers had returned.",
            date(2025, 7, 1),
        ),
    ],
)
def test_news_a_statement_in_the_figures_clause_dates_it(news: News, text: str, day: date) -> None:
    (exchange,) = news(text, published=date(2025, 10, 23)).exchanges
    assert exchange.period == Period.day(day)


@given(st.integers(1, 28), st.integers(1, 28))
def test_news_the_other_clauses_day_never_dates_the_figure(
    exchanges_on: Callable[..., Any], first: int, said: int
) -> None:
    text = (
        f"The autumn rounds began on September {first}, though Kyiv said on October {said} "
        "that 95 Ukrainian soldiers had come home."
    )
    (exchange,) = exchanges_on(text, date(2025, 10, 30))
    assert exchange.period == Period.day(date(2025, 10, said))


# -- "in November alone" right before a figure is the period it counts ----------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: the December note's month dated November's own toll.
        "Counts of the dead have seldom agreed. Washington's public figure for Russian "
        "casualties, given by officials in October, was 400,000 dead and wounded, and the "
        "British defence ministry, in its December note, said the total had passed 600,000 "
        "and that, in November alone, about 36,000 Russians were killed or wounded.",
        "The British defence ministry, in a December assessment, said losses had topped "
        "600,000 and that, in November alone, some 36,000 Russian troops were killed or "
        "wounded.",
        "Britain's defence intelligence, in its December summary, said the figure had passed "
        "600,000 and that in November alone 36,000 Russians were killed or wounded.",
    ],
)
def test_news_a_month_alone_before_a_figure_is_its_period(news: News, text: str) -> None:
    claims = news(text, published=date(2024, 12, 18)).claims
    (monthly,) = [c for c in claims if c.count.low < 50_000]
    assert monthly.as_of == Period.month(2024, 11)


@given(st.integers(1, 11))
def test_news_the_month_alone_dates_the_figure_whatever_the_month(month: int) -> None:
    name = date(2024, month, 1).strftime("%B")
    note = date(2024, month + 1, 1).strftime("%B")
    text = (
        f"The British defence ministry, in a {note} assessment, said losses had topped "
        f"600,000 and that, in {name} alone, some 36,000 Russian troops were killed or wounded."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2024, 12, 18), publisher="Desk"
    )
    claims = [i for i in items if isinstance(i, CasualtyClaim) and i.count.low < 50_000]
    assert [c.as_of for c in claims] == [Period.month(2024, month)]


# -- "since March alone" counts up to when it is told, not March itself ---------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "alone" after a "since" date read the date as the figure's period.
        "The monitors, who work only on government-held ground in Ukraine, said that since "
        "the start of this year alone 940 civilians had been killed.",
        "Since the beginning of the year alone, 2,300 Ukrainian civilians have been wounded, "
        "the UN mission said.",
        "Since March alone, some 610 civilians in Ukraine have been killed, according to the "
        "UN mission.",
    ],
)
def test_news_a_total_since_a_date_alone_is_current_at_the_report(news: News, text: str) -> None:
    (claim,) = news(text, published=date(2025, 7, 10)).claims
    assert claim.as_of == Period.day(date(2025, 7, 10))


@given(st.integers(1, 6))
def test_news_since_a_month_alone_never_dates_the_figure_to_that_month(month: int) -> None:
    name = date(2025, month, 1).strftime("%B")
    text = f"Since {name} alone, 610 civilians in Ukraine have died, the UN mission reported."
    claims = _claims(text, date(2025, 7, 10))
    assert [c.as_of for c in claims] == [Period.day(date(2025, 7, 10))]


# -- a statement told only "this week" dates its undated figures to the month ---------


@pytest.mark.parametrize(
    "lead",
    [
        # Regression: figures of a statement told "last week" took the paper's own day.
        "Pentagon officials who spoke to journalists last week gave new numbers.",
        "The figures were described to reporters this week by allied diplomats.",
        "The minister's interview, recorded earlier in the week, aired tonight.",
    ],
)
def test_news_a_statement_told_in_a_week_dates_its_figures_by_month(news: News, lead: str) -> None:
    text = f"{lead}\n\nRussia, they said, had lost 150,000 soldiers."
    (claim,) = news(text, published=date(2025, 10, 23)).claims
    assert claim.as_of == Period.month(2025, 10)


def test_news_a_statement_with_its_own_day_keeps_it(news: News) -> None:
    text = (
        "Pentagon officials who spoke to journalists last week gave new numbers.\n\n"
        "On Monday, they said Russia had lost 150,000 soldiers."
    )
    (claim,) = news(text, published=date(2025, 10, 23)).claims
    assert claim.as_of == Period.day(date(2025, 10, 20))


@pytest.mark.parametrize(
    "aside",
    [
        "An alliance diplomat told reporters last week that Moscow's dead numbered 240,000.",
        "Estimates described to journalists this week by Western officials were lower still.",
    ],
)
def test_news_a_story_pegged_on_a_weekday_keeps_its_day_beside_an_aside_told_in_a_week(
    news: News, aside: str
) -> None:
    """A wire story whose statement is told "on Wednesday" is current on that day: an
    aside told "last week" by someone else does not make its undated figures the month's."""
    text = (
        "Kyiv's general staff said on Wednesday that Russian losses had passed 1,100,000.\n\n"
        f"{aside}\n\n"
        "The independent outlet Mediazona, which counts only named dead, has identified "
        "more than 131,000 Russian soldiers killed."
    )
    claims = news(text, published=date(2025, 10, 23)).claims
    named = [c for c in claims if "131,000" in str(c.count)]
    assert [c.as_of for c in named] == [Period.day(date(2025, 10, 23))]


@pytest.mark.parametrize(
    "lead",
    [
        "Kyiv's defence minister said on Tuesday that 52,000 Ukrainian soldiers had been "
        "killed, his first figure since March, when he put the toll at 38,000.",
        "Ukraine's president said on Tuesday that 52,000 Ukrainian troops had died, the "
        "first update since March, when he gave a toll of 38,000.",
    ],
)
def test_news_a_speakers_next_figures_take_his_statement_not_the_one_he_recalled(
    news: News, lead: str
) -> None:
    """The speaker's undated figures a sentence later belong to the statement the story
    is about (Tuesday's), not to the earlier one it recalled in a "when" clause."""
    text = f"{lead}\n\nRussia, he said, had lost 260,000 soldiers killed."
    claims = news(text, published=date(2025, 10, 23)).claims
    russian = [c for c in claims if "260,000" in str(c.count)]
    assert [c.as_of for c in russian] == [Period.day(date(2025, 10, 21))]


@given(st.dates(date(2023, 1, 1), date(2026, 12, 31)))
def test_news_a_week_told_statement_is_dated_to_its_month(published: date) -> None:
    text = (
        "Pentagon officials who spoke to journalists this week gave new numbers.\n\n"
        "Russia, they said, had lost 150,000 soldiers."
    )
    claims = _claims(text, published)
    assert [c.as_of for c in claims] == [Period.month(published.year, published.month)]


# -- a figure counted across the whole war is a running total, not one exchange -------


@pytest.mark.parametrize(
    "phrase",
    [
        # Regression: "across the war, more than 15,000 bodies had now been returned" was
        # read as one repatriation.
        "across the war",
        "throughout the war",
        "over the course of the war",
    ],
)
def test_news_a_whole_war_count_is_no_exchange(news: News, phrase: str) -> None:
    text = (
        f"Kyiv said on Monday that, {phrase}, more than 9,000 Ukrainian soldiers' bodies "
        "had now been brought home."
    )
    read = news(text, published=date(2025, 10, 23))
    assert read.exchanges == []
    assert [t.count.low for t in read.tallies] == [9001]  # "more than 9,000"


@given(st.sampled_from(["across the war", "throughout the war", "since the war started"]))
def test_news_no_whole_war_count_becomes_a_transfer(phrase: str) -> None:
    text = f"Kyiv said that {phrase} 4,100 Ukrainian prisoners of war had been freed."
    items = list(
        NewsParser().parse(
            io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
        )
    )
    assert not [i for i in items if isinstance(i, Exchange)]


# -- the day a statement was made gives way to the exchange's own day told next -------


@pytest.mark.parametrize(
    "second",
    [
        # a week earlier is another exchange recalled, not this one told a day late
        "The previous swap, which took place on May 9, freed 50.",
        "The last handover, which took place on May 9, was smaller.",
        # the exchange's own day given in the first sentence already
        "",
    ],
)
def test_news_a_statement_day_is_kept_without_a_near_exchange_day(news: News, second: str) -> None:
    text = f"Russia returned 90 Ukrainian soldiers, Kyiv said on Friday. {second}".strip()
    exchanges = news(text, published=date(2025, 5, 16)).exchanges
    assert Period.day(date(2025, 5, 16)) in {e.period for e in exchanges}


@given(told=st.integers(2, 6), gap=st.integers(3, 9))
def test_news_an_exchange_day_far_before_the_statement_never_redates_it(
    told: int, gap: int
) -> None:
    published = date(2025, 6, 20) + timedelta(days=told)
    day = published - timedelta(days=gap)
    text = (
        f"Ukraine got back 64 soldiers, officials said on {published:%A}. The swap, "
        f"which took place on {day:%B} {day.day}, was the third this month."
    )
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=published)
    periods = {i.period for i in items if isinstance(i, Exchange)}
    assert Period.day(day) not in periods


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the exchange's own day told in the next sentence
        (
            "Kyiv has brought home 140 of its soldiers in return for 140 Russians, the "
            "presidential office said on Friday. The handover, which took place late on "
            "Thursday near the Belarusian border, was brokered by Qatar.",
            15,
        ),
        (
            "Moscow said on Friday that 75 of its servicemen had returned from captivity. The "
            "swap, which was carried out on Thursday, was the fourth this year.",
            15,
        ),
        (
            "Ukraine received 88 soldiers from Russia, officials announced on Friday. The "
            "exchange, which happened on Thursday evening, followed weeks of talks.",
            15,
        ),
        # in one sentence, in an aside on "the swap"
        (
            "Russia said on Wednesday it had recovered 120 of its troops, while Kyiv said "
            "the swap, carried out on Tuesday, freed 130 Ukrainians.",
            13,
        ),
        (
            "Moscow said on Friday that it had recovered 60 servicemen, while Ukrainian "
            "officials said the exchange, which took place on Thursday, freed 70 of their "
            "soldiers.",
            15,
        ),
        (
            "Ukraine's ombudsman said on Friday that 40 civilians had come home, adding that "
            "the handover, conducted late on Thursday, was brokered by the Vatican.",
            15,
        ),
        # a sentence with no figure per side that dates the exchange after the statement
        (
            "The mediator said on Friday that the swap carried out the previous evening was a "
            "step towards peace. Officials in Kyiv said 150 Ukrainian soldiers had been freed, "
            "while Ukraine had released 150 Russian servicemen.",
            15,
        ),
        (
            "Qatar said on Friday that the exchange completed on Tuesday night had been its "
            "fifth. Ukraine said 60 civilians had come home.",
            13,
        ),
        (
            "The ministry stated on Friday that the prisoner swap held on Wednesday was the "
            "largest this year. According to Kyiv, 90 Ukrainian defenders were freed.",
            14,
        ),
    ],
)
def test_news_the_exchanges_own_day_outranks_the_saying(news: News, text: str, day: int) -> None:
    # published Friday 16 May 2025
    exchanges = news(text, published=date(2025, 5, 16)).exchanges
    assert exchanges
    assert {e.period for e in exchanges} == {Period.day(date(2025, 5, day))}


def test_news_a_planned_day_in_the_aside_does_not_date_the_figure(news: News) -> None:
    text = (
        "Kyiv said on Friday that 33 soldiers had come home, while the swap, which is to "
        "be carried out on Monday, will free more."
    )
    exchanges = news(text, published=date(2025, 5, 16)).exchanges
    assert Period.day(date(2025, 5, 19)) not in {e.period for e in exchanges}


# -- "A year ago, ..." opening a clause dates its figure to that month --------------------


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "The general said on Sunday that 46,000 soldiers of his army had been killed. A year "
            "ago, almost to the day, he gave a Ukrainian death toll of 31,000.",
            Period.month(2024, 2),
        ),
        (
            "Kyiv now puts its dead at 46,000. Eight months ago, Zelensky said 31,000 Ukrainian "
            "soldiers had been killed.",
            Period.month(2024, 6),
        ),
        (
            "Kyiv now puts its dead at 46,000. Two years ago, officials in Kyiv said 13,000 "
            "Ukrainian soldiers had died.",
            Period.month(2023, 2),
        ),
    ],
)
def test_news_months_ago_opening_a_clause_is_that_month(
    news: News, text: str, month: Period
) -> None:
    claims = news(text, published=date(2025, 2, 17)).claims
    assert month in {c.as_of for c in claims}


def test_news_years_ago_inside_an_aside_dates_no_total(news: News) -> None:
    # the date belongs to "some of which", not to the total the ministry gave this month
    text = (
        "Kyiv's interior ministry said this month that more than 15,000 bodies had been "
        "returned from Russia since "
        "the start of the invasion and that about 2,000 of them, some of which had arrived "
        "three years ago, were still unidentified."
    )
    tallies = news(text, published=date(2025, 11, 20)).tallies
    assert [t.as_of for t in tallies] == [Period.month(2025, 11)]


@pytest.mark.parametrize(
    ("part", "opening"),
    [
        ("early November", "It was not the only swap of the month: in"),
        ("mid-November", "Earlier,"),
        ("early November", "Before that, in"),
    ],
)
def test_news_a_part_of_the_month_that_leaves_out_the_day_told_is_another_exchange(
    exchanges_on: Callable[..., Any], part: str, opening: str
) -> None:
    """ "On Saturday 45 came home ...: in early November, 30 were returned": two exchanges."""
    text = (
        "Ukraine got back 45 soldiers from Russia on Saturday, the ministry said. "
        f"{opening} {part}, according to the ministry, 30 Ukrainian marines were returned."
    )
    found = {
        (str(e.period), str(t.count))
        for e in exchanges_on(text, date(2025, 11, 30))
        for t in e.transfers
    }
    assert found == {("2025-11-29", "45"), ("2025-11", "30")}


# -- "last February" is the latest such month gone by ----------------------------------


@given(
    month=st.integers(1, 12),
    told=st.integers(1, 12),
    wording=st.sampled_from(
        [
            "Zelensky said last {m} that {n:,} Ukrainian soldiers had been killed.",
            "That is the most he has said since last {m}, when he said {n:,} Ukrainian "
            "soldiers had been killed.",
        ]
    ),
    count=st.integers(20, 90).map(lambda k: k * 1000),
)
def test_news_last_and_a_month_is_the_latest_one_gone(
    month: int, told: int, wording: str, count: int
) -> None:
    """ "last February" told in February 2025 is February 2024; told in May, 2025's."""
    text = wording.format(m=calendar.month_name[month], n=count)
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, told, 15), publisher="Desk"
    )
    (claim,) = [i for i in items if isinstance(i, CasualtyClaim)]
    year = 2025 if month < told else 2024
    assert claim.as_of == Period.month(year, month)


@pytest.mark.parametrize(
    "text",
    [
        # not "last" before a month: a rank, a day, a month with its year
        "The last March swap was smaller; 31,000 Ukrainian soldiers had been killed by then, "
        "Zelensky said in March.",
        "Zelensky said last March 3 that 31,000 Ukrainian soldiers had been killed.",
    ],
)
def test_news_last_before_a_month_that_ranks_or_has_a_day_is_not_the_month_gone(
    news: News, text: str
) -> None:
    claims = news(text, published=date(2025, 5, 15)).claims
    assert claims
    assert all(c.as_of.start.year == 2025 for c in claims)


# -- a sentence that says a figure was given dates the figures quoted after it ---------


@given(
    when=st.sampled_from(
        [("on Sunday", date(2024, 2, 25)), ("yesterday", date(2024, 2, 29))]
        + [(f"on {d} February", date(2024, 2, d)) for d in (20, 26, 28)]
    ),
    giving=st.sampled_from(
        [
            "gave a number for Ukraine's military dead",
            "released a rare figure for his army's losses",
            "disclosed the toll",
        ]
    ),
    bridge=st.sampled_from(["", "Here is what he said. "]),
    count=st.integers(11, 90).map(lambda k: k * 1000),
)
def test_news_figures_quoted_after_their_giving_is_told_are_of_that_day(
    when: tuple[str, date], giving: str, bridge: str, count: int
) -> None:
    """ "Zelensky ... on Sunday gave a number. ... he said 31,000 ...": Sunday's figure."""
    words, day = when
    text = (
        f"President Volodymyr Zelensky broke with practice {words} and {giving}. {bridge}"
        f"At a news conference in Kyiv, he said {count:,} Ukrainian servicemen had been "
        "killed."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2024, 3, 1), publisher="Desk"
    )
    (claim,) = [i for i in items if isinstance(i, CasualtyClaim)]
    assert claim.as_of == Period.day(day)


@pytest.mark.parametrize(
    "text",
    [
        # a figure refused, not given
        "President Volodymyr Zelensky declined on Sunday to give a figure for the dead. "
        "He said 31,000 Ukrainian servicemen had been wounded.",
        "President Volodymyr Zelensky has not given a figure since Sunday. "
        "He said 31,000 Ukrainian servicemen had been wounded.",
        # another speaker's figure is not the one given
        "President Volodymyr Zelensky gave a number for the dead on Sunday. "
        "The defence ministry in Moscow said 31,000 Ukrainian servicemen had been killed.",
    ],
)
def test_news_no_figure_given_leaves_the_report_day(news: News, text: str) -> None:
    (claim,) = news(text, published=date(2024, 3, 1)).claims
    assert claim.as_of == Period.day(date(2024, 3, 1))


# -- "the same officials" say on the statement of the sentence before ------------------


@given(
    who=st.sampled_from(["officials", "analysts", "sources", "intelligence officers"]),
    verb=st.sampled_from(["estimated Russian dead at", "said Russian deaths stood at"]),
    when=st.sampled_from([("In August 2023", Period.month(2023, 8)), ("In 2023", None)]),
    count=st.integers(50, 150).map(lambda k: k * 1000),
)
def test_news_the_same_speakers_keep_the_date_of_the_sentence_before(
    who: str, verb: str, when: tuple[str, Period | None], count: int
) -> None:
    words, period = when
    text = (
        f"{words}, U.S. {who} put Ukrainian military deaths at close to 70,000. "
        f"The same {who} {verb} up to {count:,}."
    )
    claims = _claims(text, date(2024, 3, 1))
    assert len(claims) == 2
    assert claims[1].as_of == claims[0].as_of
    if period is not None:
        assert claims[1].as_of == period


@pytest.mark.parametrize(
    "text",
    [
        # "the same" names a speaker the sentence before does not: one told further back
        "A Washington centre spoke of 400,000. In February, Zelensky said 46,000 Ukrainian "
        "soldiers had been killed. The same Washington centre estimated Russian dead at up "
        "to 120,000.",
    ],
)
def test_news_the_same_speaker_from_further_back_takes_no_date_from_the_sentence_before(
    news: News, text: str
) -> None:
    claims = news(text, published=date(2024, 3, 1)).claims
    last = [c for c in claims if str(c.count).endswith("120,000")]
    assert last
    assert last[0].as_of == Period.day(date(2024, 3, 1))


# -- "on Sunday after Saturday's exchange": the possessive day is the exchange's ---------


@given(
    st.sampled_from(["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    st.sampled_from(["exchange", "swap"]),
    st.integers(20, 400),
)
def test_news_a_day_after_the_exchange_of_a_named_day_is_the_exchanges(
    exchanges_on: Callable[..., Any], arrived: str, noun: str, count: int
) -> None:
    days = list(calendar.day_name)
    held = days[days.index(arrived) - 1]
    monday = date(2023, 2, 6)
    text = (
        f"{count} Ukrainian prisoners of war were back on home soil on {arrived} "
        f"after {held}'s {noun}, officials said."
    )
    (exchange,) = exchanges_on(text, monday)
    assert exchange.period.start.strftime("%A") == held
    assert exchange.period.precision.name == "DAY"


def test_news_a_day_after_another_days_event_keeps_its_own_day(news: News) -> None:
    # a possessive day before a noun that is no exchange dates nothing
    text = "120 Ukrainian soldiers came home on Sunday after Saturday's talks, Kyiv said."
    (exchange,) = news(text, published=date(2023, 2, 6)).exchanges
    assert exchange.period == Period.day(date(2023, 2, 5))


# -- "in the same post" goes back to the speaker's statement quoted before -------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Regression: "In the same post he claimed ..." three sentences on took the report's
        # day, not the Sunday of the post it points back to.
        (
            "President Zelensky said on Sunday that 43,000 Ukrainian soldiers had been killed. "
            "Donald Trump had written that Ukraine lost 400,000. Analysts doubt both figures. "
            "Western officials put Ukraine's losses higher. In the same post Zelensky claimed "
            "that Russia had lost 198,000 soldiers killed.",
            date(2024, 12, 8),
        ),
        (
            "Shoigu said on Tuesday that Ukraine had lost 61,000 soldiers. The figure could "
            "not be verified. Kyiv did not comment on it. Independent researchers have named "
            "20,000 Russian dead. In the same televised appearance, Shoigu said 5,937 Russian "
            "soldiers had been killed.",
            date(2024, 12, 10),
        ),
    ],
)
def test_news_the_same_statement_takes_its_speakers_earlier_date(
    news: News, text: str, day: date
) -> None:
    claims = news(text, published=date(2024, 12, 12)).claims
    assert claims[-1].as_of == Period.day(day)


@given(
    noun=st.sampled_from(["post", "interview", "speech", "statement", "televised address"]),
    asides=st.integers(2, 5),
    back=st.integers(1, 6),
    count=st.integers(2, 900).map(lambda n: n * 1_000),
)
def test_news_any_same_statement_noun_reaches_back(
    noun: str, asides: int, back: int, count: int
) -> None:
    published = date(2024, 12, 14)
    day = published - timedelta(days=back)
    aside = " Analysts could not verify the figure."
    text = (
        f"Zelensky said on {day.day} December that 43,000 Ukrainian soldiers had been "
        f"killed.{aside * asides} In the same {noun}, Zelensky said Russia had lost "
        f"{count:,} soldiers."
    )
    claims = _claims(text, published)
    assert [c.as_of for c in claims] == [Period.day(day)] * 2


@pytest.mark.parametrize(
    "text",
    [
        # no statement of the speaker's told before: nothing to go back to
        "In the same post Zelensky claimed that Russia had lost 198,000 soldiers killed.",
        # "the same period" is a span, not a statement
        "Zelensky said on Sunday that 43,000 Ukrainian soldiers had been killed. Analysts "
        "doubt the figure. Kyiv gave no breakdown. In the same period, Russia said Ukraine "
        "had lost 90,000 soldiers.",
    ],
)
def test_news_no_earlier_statement_leaves_the_report_day(news: News, text: str) -> None:
    claims = news(text, published=date(2024, 12, 12)).claims
    assert claims[-1].as_of == Period.day(date(2024, 12, 12))


# -- "The CSIS study put ..." again: the date the study was first given ----------------


@given(
    noun=st.sampled_from(["study", "report", "survey", "analysis", "assessment"]),
    verb=st.sampled_from(["put", "estimated", "said"]),
    asides=st.integers(0, 4),
    month=st.integers(1, 6),
    count=st.integers(2, 900).map(lambda n: n * 1_000),
)
def test_news_a_document_told_again_keeps_its_date(
    noun: str, verb: str, asides: int, month: int, count: int
) -> None:
    """A published document's later figures, told in the past, share the date it was given."""
    name = calendar.month_name[month]
    figure = f"at {count:,}" if verb == "put" else f"that {count:,} had been killed"
    text = (
        f"In {name}, a {noun} by the Center for Strategic and International Studies put "
        "Russian casualties at nearly 1 million."
        + " Analysts could not verify the figure."
        * asides
        + " President Zelensky said in February that 46,000 Ukrainian soldiers had been "
        f"killed. The CSIS {noun} {verb} Ukrainian casualties {figure}."
    )
    claims = _claims(text, date(2025, 7, 3))
    assert claims[-1].as_of == Period.month(2025, month)


@pytest.mark.parametrize(
    "text",
    [
        # the present tense: the document as it stands now
        "In June, a study by the Center for Strategic and International Studies put Russian "
        "casualties at nearly 1 million. Analysts doubt it. Kyiv gave no figure. The CSIS "
        "study puts Ukrainian casualties at close to 400,000.",
        # not a document: a centre speaks more than once
        "In June, a study by the Center for Strategic and International Studies put Russian "
        "casualties at nearly 1 million. Analysts doubt it. Kyiv gave no figure. The centre "
        "put Ukrainian casualties at close to 400,000.",
    ],
)
def test_news_a_document_now_or_a_speaker_again_is_current(text: str) -> None:
    claims = _claims(text, date(2025, 7, 3))
    assert claims[-1].as_of == Period.day(date(2025, 7, 3))


# -- a short name set in brackets beside a publication: that publication's date ----------


@given(
    body=st.sampled_from(
        [
            ("Center for Strategic and International Studies", "CSIS"),
            ("Institute for the Study of War", "ISW"),
        ]
    ),
    noun=st.sampled_from(["report", "study", "assessment"]),
    verb=st.sampled_from(["put", "estimated", "said"]),
    day=st.integers(1, 28),
    count=st.integers(2, 900).map(lambda n: n * 1_000),
)
def test_news_a_short_name_told_again_keeps_its_publications_date(
    body: tuple[str, str], noun: str, verb: str, day: int, count: int
) -> None:
    full, short = body
    figure = f"at {count:,}" if verb == "put" else f"that {count:,} had been killed"
    text = (
        f"The {full} ({short}) estimated in a {noun} published on June {day} that Russia "
        "had suffered nearly 1 million casualties. The viral posts do not mention it. "
        "They rely on a chart of unknown origin. Its numbers match no official source. "
        f"For reference: {short} {verb} Ukrainian casualties {figure}."
    )
    claims = _claims(text, date(2025, 6, 30))
    assert claims[-1].as_of == Period.day(date(2025, 6, day))


@pytest.mark.parametrize(
    "text",
    [
        # a date of its own
        "The Center for Strategic and International Studies (CSIS) estimated in a report "
        "published on June 3 that Russia had suffered nearly 1 million casualties. Kyiv gave "
        "no figure. CSIS put Ukrainian casualties at close to 400,000 on Monday.",
    ],
)
def test_news_a_short_name_with_a_date_of_its_own_is_not_carried(
    text: str,
) -> None:
    claims = _claims(text, date(2025, 6, 20))
    assert claims[-1].as_of != Period.day(date(2025, 6, 3))


# -- "The same Washington centre estimated ..." sentences later: that claim's date ------


@given(
    source=st.sampled_from(
        [
            ("A Washington research centre", "Washington centre"),
            ("Western intelligence officials", "intelligence officials"),
            ("An independent research group", "research group"),
        ]
    ),
    month=st.integers(1, 6),
    asides=st.integers(1, 4),
    count=st.integers(2, 900).map(lambda n: n * 1_000),
)
def test_news_the_same_source_named_again_keeps_its_date(
    source: tuple[str, str], month: int, asides: int, count: int
) -> None:
    """ "The same <source>" takes the date of the earlier claim whose sentence named it."""
    first, again = source
    name = calendar.month_name[month]
    text = (
        f"{first} put Russian casualties in {name} at close to 1 million."
        + " Analysts could not verify the figure." * asides
        + " President Zelensky said in February that 46,000 Ukrainian soldiers had been "
        f"killed. The same {again} estimated Ukrainian casualties at {count:,}."
    )
    claims = _claims(text, date(2025, 7, 3))
    assert claims[-1].as_of == Period.month(2025, month)


@pytest.mark.parametrize(
    "text",
    [
        # a speaker never named before
        "A Washington research centre put Russian casualties in June at close to 1 million. "
        "Analysts doubt it. Kyiv gave no figure. The same London institute estimated "
        "Ukrainian casualties at 400,000.",
        # "the same period": a span, then another speaker
        "A Washington research centre put Russian casualties in June at close to 1 million. "
        "Analysts doubt it. Kyiv gave no figure. In the same period, Russia said Ukraine "
        "had lost 400,000 soldiers.",
    ],
)
def test_news_no_same_source_before_leaves_the_report_day(text: str) -> None:
    claims = _claims(text, date(2025, 7, 3))
    assert claims[-1].as_of == Period.day(date(2025, 7, 3))


# -- "X said on Thursday that ... It said N ...": the same statement's day -------------


@given(
    speaker=st.sampled_from(
        [("The ministry", "It"), ("Zelensky", "He"), ("Officials", "They"), ("Lubinets", "He")]
    ),
    verb=st.sampled_from(["said", "added", "told reporters"]),
    back=st.integers(1, 6),
    count=st.integers(2, 900).map(lambda n: n * 100),
    side=st.sampled_from(["Ukrainian", "Russian"]),
)
def test_news_a_pronoun_goes_on_with_the_statement_before(
    speaker: tuple[str, str], verb: str, back: int, count: int, side: str
) -> None:
    """A figure opened by "It said" takes the day the sentence before gave its statement."""
    published = date(2025, 2, 14)
    day = published - timedelta(days=back)
    name, pronoun = speaker
    text = (
        f"{name} said on {calendar.day_name[day.weekday()]} that the front was quiet. "
        f"{pronoun} {verb} that {count:,} {side} soldiers had been killed."
    )
    claims = _claims(text, published)
    assert [c.as_of for c in claims] == [Period.day(day)]


@pytest.mark.parametrize(
    "text",
    [
        # the present tense: as things stand now
        "The ministry said on Thursday that the town was calm. It says 1,300 Ukrainian "
        "soldiers have been killed.",
        # another speaker
        "The ministry said on Thursday that the town was calm. Analysts said 1,300 "
        "Ukrainian soldiers had been killed.",
        # not the sentence just before
        "The ministry said on Thursday that the town was calm. Kyiv gave no figure. It "
        "said 1,300 Ukrainian soldiers had been killed.",
    ],
)
def test_news_no_pronoun_continuation_leaves_the_report_day(text: str) -> None:
    claims = _claims(text, date(2025, 2, 7))
    assert [c.as_of for c in claims] == [Period.day(date(2025, 2, 7))]


# -- a present-tense ", which estimates ..." clause is current when told ----------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: the spy agency's "which estimates about 300 killed" took the month of
        # the president's statement the sentence set it beside.
        "Zelensky said last month that 3,000 North Korean soldiers had been killed or "
        "wounded, a figure the South Korean spy agency, which estimates about 300 killed "
        "and 2,700 wounded, broadly shares.",
        "Zelensky said last month that Russia had lost 3,000 soldiers, while the defence "
        "ministry, which now says 2,000 were lost, disputes it.",
    ],
)
def test_news_a_present_estimate_clause_is_current(news: News, text: str) -> None:
    claims = news(text, published=date(2025, 1, 12)).claims
    assert claims[0].as_of == Period.month(2024, 12)
    assert len(claims) >= 2
    assert all(c.as_of == Period.day(date(2025, 1, 12)) for c in claims[1:])


@given(
    verb=st.sampled_from(sorted(["estimates", "says", "reckons", "believes", "calculates"])),
    when=st.sampled_from(["last month", "in December", "on 20 December"]),
    count=st.integers(2, 900).map(lambda n: n * 10),
)
def test_news_any_present_estimate_clause_is_current(verb: str, when: str, count: int) -> None:
    text = (
        f"Zelensky said {when} that 3,000 North Korean soldiers had been killed or wounded, "
        f"a figure the South Korean spy agency, which {verb} that {count:,} were killed, "
        "broadly shares."
    )
    claims = _claims(text, date(2025, 1, 12))
    assert claims[0].as_of.start.month == 12
    assert claims[-1].as_of == Period.day(date(2025, 1, 12))


@pytest.mark.parametrize(
    "text",
    [
        # a past "which estimated": told then, with the date it gives
        "Zelensky said last month that 3,000 North Korean soldiers had been killed or "
        "wounded, a figure the South Korean spy agency, which estimated in December that "
        "300 had been killed, broadly shares.",
        # a present clause with its own date keeps it
        "Zelensky said last month that 3,000 North Korean soldiers had been killed, a figure "
        "the South Korean spy agency, which says that in December 300 were killed, shares.",
    ],
)
def test_news_a_past_or_dated_relative_keeps_its_date(news: News, text: str) -> None:
    claims = news(text, published=date(2025, 1, 12)).claims
    assert len(claims) == 2
    assert all(c.as_of.start.month == 12 for c in claims)


# -- "said two months ago": the time a statement was made ----------------------------


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # Regression: "given eleven months ago" inside a clause was no date; the claim took
        # the report's day.
        ("Moscow's last official toll, given eleven months ago, was 5,937 dead.", (2022, 9)),
        ("Moscow said two months ago that 5,937 Russian soldiers had died.", (2023, 6)),
        ("The ministry's toll, published a year ago, put Russian dead at 5,937.", (2022, 8)),
    ],
)
def test_news_months_ago_after_a_verb_of_stating_dates_the_claim(
    news: News, text: str, month: tuple[int, int]
) -> None:
    (claim,) = news(text, published=date(2023, 8, 21)).claims
    assert claim.as_of == Period.month(*month)


@given(
    verb=st.sampled_from(["said", "announced", "stated"]),
    back=st.integers(1, 11),
    count=st.integers(2, 900).map(lambda n: n * 100),
)
def test_news_any_months_ago_statement_counts_back(verb: str, back: int, count: int) -> None:
    words = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    written = words[back - 1] if back <= 10 else str(back)
    unit = "month" if back == 1 else "months"
    text = f"Moscow {verb} {written} {unit} ago that {count:,} Russian soldiers had died."
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2024, 12, 15), publisher="Desk"
    )
    (claim,) = [i for i in items if isinstance(i, CasualtyClaim)]
    assert claim.as_of == Period.month(2024, 12 - back)


def test_news_months_ago_of_something_else_inside_a_clause_is_no_date(news: News) -> None:
    # "that arrived at the front two years ago" tells of the brigade, not of the statement
    text = (
        "Kyiv said on Monday that 240 Russian soldiers had been killed in a brigade that "
        "arrived at the front two years ago."
    )
    claims = news(text, published=date(2024, 12, 15)).claims
    assert [c.as_of for c in claims] == [Period.day(date(2024, 12, 9))]


# -- "the same month" and "during the month" point back to a month told before -----------

_MONTHS = ["February", "March", "April", "May", "June", "July", "August"]


@given(
    month=st.sampled_from(_MONTHS),
    first=st.integers(min_value=300_000, max_value=990_000),
    second=st.integers(min_value=100_000, max_value=900_000),
    anaphor=st.sampled_from(["published the same month", "released that month"]),
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
)
def test_news_the_same_month_dates_a_claim_by_the_month_told_before(
    news: News, month: str, first: int, second: int, anaphor: str, side: tuple[str, str]
) -> None:
    # "In June, X estimated ... A study, published the same month, put ...": June, not
    # the note's publication day
    text = (
        f"In {month}, British intelligence estimated that {first:,} {side[0]} troops had been"
        f" killed or wounded. A study by a think tank, {anaphor}, put the number of"
        f" {side[0]} soldiers killed at {second:,}."
    )
    claims = news(text, published=date(2025, 10, 3)).claims
    months = {c.count.low: str(c.as_of) for c in claims}
    number = _MONTHS.index(month) + 2
    assert months.get(second) == f"2025-{number:02d}"


def test_news_the_same_month_needs_a_month_told_right_before(news: News) -> None:
    # no month in the sentence before: "the same month" cannot be read, so no month is made up
    text = (
        "British intelligence estimated that 900,000 Russian troops had been killed or"
        " wounded. A study by a think tank, published the same month, put the number of"
        " Russian soldiers killed at 250,000."
    )
    claims = news(text, published=date(2025, 10, 3)).claims
    assert all(str(c.as_of) != "2025-09" for c in claims)
    assert all(len(str(c.as_of)) != 7 for c in claims)


# -- "Their estimate for ..." carries on the estimate the sentence before dated ----------


@given(
    month=st.sampled_from(_MONTHS),
    first=st.integers(min_value=300_000, max_value=990_000),
    second=st.integers(min_value=100_000, max_value=290_000),
    owner=st.sampled_from(["Their estimate", "Its estimate", "His estimate"]),
    side=st.sampled_from([("Russia", "Ukraine"), ("Ukraine", "Russia")]),
)
def test_news_a_possessive_s_estimate_keeps_the_date_told_right_before(
    news: News, month: str, first: int, second: int, owner: str, side: tuple[str, str]
) -> None:
    """ "Analysts estimated in June that Russia has suffered 950,000 casualties. Their
    estimate for Ukraine is 400,000": the second figure is of June too."""
    text = (
        f"Analysts at a think tank estimated in {month} that {side[0]} has suffered"
        f" {first:,} casualties. {owner} for {side[1]} is {second:,} casualties."
    )
    claims = news(text, published=date(2025, 10, 3)).claims
    months = {c.count.low: str(c.as_of) for c in claims}
    number = _MONTHS.index(month) + 2
    assert months.get(second) == f"2025-{number:02d}"


def test_news_a_possessive_s_estimate_after_an_undated_sentence_is_not_dated_by_it(
    news: News,
) -> None:
    # a sentence between: the date told two sentences back does not reach the estimate
    text = (
        "Analysts at a think tank estimated in June that Russia has suffered 950,000"
        " casualties. The war goes on. Their estimate for Ukraine is 400,000 casualties."
    )
    claims = news(text, published=date(2025, 10, 3)).claims
    assert all(str(c.as_of) != "2025-06" for c in claims if c.count.low == 400_000)


@given(
    month=st.sampled_from(_MONTHS),
    killed=st.integers(min_value=20, max_value=900),
    injured=st.integers(min_value=20, max_value=900),
    compared=st.sampled_from(
        [
            "a decrease compared with {before} but higher than in {month} 2024",
            "more than in {before}",
            "compared with {before}",
        ]
    ),
)
def test_news_during_the_month_holds_past_months_it_is_compared_with(
    news: News, month: str, killed: int, injured: int, compared: str
) -> None:
    # "... during the month, a decrease compared with November": November is what the
    # month is set against, not the figures' date
    before = _MONTHS[_MONTHS.index(month) - 1] if month != "February" else "January"
    text = (
        f"Civilian harm remained high in {month} 2025. The UN Human Rights Monitoring Mission"
        f" verified that {killed} civilians were killed and {injured} injured in Ukraine"
        " during the month, " + compared.format(before=before, month=month) + "."
    )
    claims = news(text, published=date(2025, 10, 3)).claims
    number = _MONTHS.index(month) + 2
    assert claims
    assert {str(c.as_of) for c in claims} == {f"2025-{number:02d}"}


@given(
    month=st.sampled_from(_MONTHS),
    killed=st.integers(min_value=20, max_value=900),
    injured=st.integers(min_value=20, max_value=900),
    record=st.sampled_from(
        [
            "the highest monthly casualty toll since {year}",
            "the deadliest month since {year}",
            "the largest number since {year}",
            "the worst toll for civilians since {year}",
        ]
    ),
    year=st.sampled_from(["May 2022", "2023", "October 2024"]),
)
def test_news_during_the_month_holds_the_since_of_a_record(
    news: News, month: str, killed: int, injured: int, record: str, year: str
) -> None:
    # "... during the month, the highest monthly toll since May 2022": the since-date says
    # when the record was last beaten; the figures stay the month's
    text = (
        f"{month} 2025 was the deadliest month for civilians in three years. The UN Human"
        f" Rights Monitoring Mission verified that {killed} civilians were killed and"
        f" {injured} injured across the country during the month, " + record.format(year=year) + "."
    )
    claims = news(text, published=date(2025, 10, 3)).claims
    number = _MONTHS.index(month) + 2
    assert claims
    assert {str(c.as_of) for c in claims} == {f"2025-{number:02d}"}


def test_news_a_since_without_a_record_still_starts_the_count(news: News) -> None:
    # no superlative before "since": the count runs from that date, so the scene's month
    # is not the figure's
    text = (
        "June 2025 was the deadliest month for civilians in three years. Since May 2022, the"
        " UN Human Rights Monitoring Mission has verified that 13,580 civilians were killed"
        " across the country."
    )
    claims = news(text, published=date(2025, 7, 10)).claims
    assert claims
    assert all(str(c.as_of) != "2025-06" for c in claims)


# -- "ten days ago, on the 14th": the day named beside the count of days -------------


@given(
    ago=st.sampled_from(["ten", "eleven", "two", "9", "12"]),
    day=st.integers(4, 20),  # the days written with "th"
    unit=st.sampled_from(["days", "weeks"]),
)
def test_news_a_day_named_beside_a_count_back_is_the_day(
    news: News, ago: str, day: int, unit: str
) -> None:
    # Regression: "Ten days ago, on the 14th, there was an 84-for-84" was counted back
    # from the story's day (the 15th); the ordinal beside it names the day itself.
    text = (
        "KYIV, Aug 25 (Wire) - "
        f"{ago.capitalize()} {unit} ago, on the {day}th, Russia "
        "and Ukraine swapped 84 prisoners of war each."
    )
    exchanges = news(text, published=date(2025, 8, 25)).exchanges
    assert {str(e.period) for e in exchanges} == {f"2025-08-{day:02d}"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ten days ago Russia and Ukraine swapped 84 prisoners of war each.", "2025-08-15"),
        (
            "Ten days ago, on Aug. 14, Russia and Ukraine swapped 84 prisoners of war each.",
            "2025-08-14",
        ),
    ],
)
def test_news_a_count_back_without_an_ordinal_beside_it_is_unchanged(
    news: News, text: str, day: str
) -> None:
    exchanges = news(f"KYIV, Aug 25 (Wire) - {text}", published=date(2025, 8, 25)).exchanges
    assert {str(e.period) for e in exchanges} == {day}


# -- "last month" beside a named day in the same clause ------------------------------


Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


@given(
    n=st.integers(11, 900),
    day=st.integers(1, 28),
    frame=st.sampled_from(
        [
            "The previous swap, last month, saw {n} prisoners released by each side on Oct. {d}.",
            "Last month the two sides swapped {n} prisoners each on Oct. {d}.",
            "The last exchange, earlier this month, freed {n} prisoners each way on Oct. {d}.",
        ]
    ),
)
def test_news_a_relative_month_beside_a_named_day_dates_the_swap_to_the_day(
    recap: Recap, n: int, day: int, frame: str
) -> None:
    """ "The previous swap, last month, saw 103 released by each side on Sept. 14": the 14th."""
    periods = {leg[0] for leg in recap(frame.format(n=n, d=day)) if leg[4] == str(n)}
    assert periods == {f"2025-10-{day:02d}"}


def test_news_a_relative_month_with_a_day_of_another_clause_keeps_the_month(
    recap: Recap,
) -> None:
    """A day told in a coordinated clause after is that clause's, not the swap's."""
    text = (
        "Last month 103 prisoners were released by each side, and on Oct. 14 "
        "officials said the lists were closed."
    )
    assert {leg[0] for leg in recap(text)} == {"2025-10"}


# -- "he also said" after asides: the same speaker's statement told a few sentences back --


@given(
    st.sampled_from(("Zelensky", "Shoigu", "Putin")),
    st.sampled_from(("he", "she")),
    st.integers(0, 2),
    st.integers(10, 90),
    st.integers(100, 400),
)
def test_news_also_said_after_asides_keeps_the_speakers_day(
    speaker: str, pronoun: str, asides: int, own: int, other: int
) -> None:
    """ "On Sunday he said 31,000 ... The figure cannot be checked. He also said ...": Sunday."""
    between = " ".join(("The figure cannot be checked.", "Others have put it far higher.")[:asides])
    text = (
        f"Speaking in Kyiv on Sunday, {speaker} said {own},000 Ukrainian servicemen had been "
        f"killed. {between} Worth noting: {pronoun} also said Russia had lost {other},000 "
        "soldiers killed."
    )
    claims = _claims(text, date(2024, 2, 26))
    assert {str(c.as_of) for c in claims} == {str(Period.parse("2024-02-25"))}
    assert len(claims) == 2


def test_news_also_said_by_another_speaker_does_not_take_the_first_ones_day() -> None:
    text = (
        "Speaking in Kyiv on Sunday, Zelensky said 31,000 Ukrainian servicemen had been "
        "killed. The figure cannot be checked. On Monday, Shoigu said Ukraine had lost "
        "444,000 troops. Shoigu also said Russia had lost 50,000 soldiers killed."
    )
    dates = {c.count.low: str(c.as_of) for c in _claims(text, date(2024, 2, 27))}
    assert dates[50_000] != str(Period.parse("2024-02-25"))


@given(
    st.sampled_from(("Syrskyi", "Zelensky", "Umerov")),
    st.sampled_from(("March", "January", "September")),
    st.sampled_from(("Ukraine also says", "Kyiv also claims", "Ukrainian officials also say")),
    st.integers(10, 90),
    st.integers(2, 9),
)
def test_news_also_says_in_the_present_is_current_when_told(
    speaker: str, month: str, also: str, lost: int, held: int
) -> None:
    """ "X said in March that ... Ukraine also says it captured 900": the report's day."""
    text = (
        f"{speaker} said in {month} that Russia had lost almost {lost},000 men in the "
        f"region. {also} it captured more than {held}00 Russian soldiers during the operation."
    )
    published = date(2025, 10, 27)
    dates = {c.category.value: str(c.as_of) for c in _claims(text, published)}
    assert dates["captured"] == str(Period.day(published))


def test_news_also_said_in_the_past_still_takes_the_statement_before() -> None:
    text = (
        "Shoigu said on Monday that Ukraine had lost 444,000 troops. He also said Russia "
        "had lost 50,000 soldiers killed."
    )
    dates = {c.count.low: str(c.as_of) for c in _claims(text, date(2024, 2, 28))}
    assert dates[50_000] == dates[444_000] == "2024-02-26"


# -- an opening "Since <date>, when ...," aside: the figure after it is current ---------


@given(
    st.sampled_from(("August 6, 2024", "March 2023", "12 May 2024")),
    st.sampled_from(
        (
            "when Ukrainian forces crossed the border",
            "when the offensive began",
            "when shelling of the region intensified",
        )
    ),
    st.sampled_from((("Russian civilians", "RUS"), ("Ukrainian civilians", "UKR"))),
    st.integers(20, 900),
)
def test_news_a_closed_since_when_aside_does_not_date_the_figure(
    since: str, aside: str, people: tuple[str, str], count: int
) -> None:
    """ "Since August 6, 2024, when ... crossed the border, 312 civilians have been killed"."""
    text = f"Since {since}, {aside}, {count} {people[0]} have been killed, officials said."
    published = date(2025, 6, 14)
    claims = _claims(text, published)
    assert [(c.subject.code, str(c.as_of)) for c in claims] == [
        (people[1], str(Period.day(published)))
    ]


def test_news_a_figure_inside_the_since_when_clause_keeps_its_date() -> None:
    text = (
        "Since February, when Zelensky said 46,000 Ukrainian soldiers had died, Kyiv has "
        "given no figure."
    )
    assert {str(c.as_of) for c in _claims(text, date(2025, 6, 14))} == {"2025-02"}


# -- "on the same date": the figure told just before dates this one -----------------------


@given(
    st.sampled_from(("July", "March", "October")),
    st.sampled_from(
        (
            "on the same date",
            "by the same date",
            "as of the same date",
            "by the same point",
            "by the same time",
        )
    ),
    st.integers(10, 90),
    st.integers(10, 90),
)
def test_news_a_figure_on_the_same_date_takes_the_date_told_before(
    month: str, words: str, dead: int, missing: int
) -> None:
    """ "... killed as of the end of July. ... missing stood at 70,893 on the same date"."""
    text = (
        f"The volunteer project listed {dead},421 Ukrainian servicemen confirmed killed as of "
        f"the end of {month}. It also tracks names reported missing, which stood at "
        f"{missing},893 {words}."
    )
    claims = _claims(text, date(2025, 11, 21))
    assert len(claims) == 2
    assert {str(c.as_of) for c in claims} == {str(Period.parse(f"{month} 2025"))}


def test_news_the_same_date_with_no_figure_before_is_the_day_of_the_text() -> None:
    text = (
        "The number of Ukrainian soldiers reported missing stood at 70,893 on the same date, "
        "the project said."
    )
    (claim,) = _claims(text, date(2025, 11, 21))
    assert claim.as_of == Period.day(date(2025, 11, 21))


def test_news_a_figure_at_the_same_time_is_no_level_by_the_date_before() -> None:
    """ "at the same time" is the day of an event just told, not a level reached by a date."""
    text = (
        "The volunteer project listed 60,421 Ukrainian servicemen confirmed killed as of "
        "the end of July. It also tracks names reported missing, which stood at 70,893 at "
        "the same time."
    )
    claims = {c.count.low: str(c.as_of) for c in _claims(text, date(2025, 11, 21))}
    assert claims[70_893] != str(Period.parse("July 2025"))


# -- "said in an update on Wednesday": the update's day, not "this month" ------------------


@given(
    st.sampled_from(("Monday", "Tuesday", "Wednesday")),
    st.sampled_from(("an update", "their latest update", "a bulletin")),
    st.integers(100, 200),
)
def test_news_a_count_said_in_an_update_on_a_day_takes_that_day(
    day: str, update: str, thousands: int
) -> None:
    """ "... topped 140,000 this month, its authors said in an update on Wednesday"."""
    text = (
        "The name-by-name tally of Russian war dead kept by an independent outlet topped "
        f"{thousands},000 this month, its authors said in {update} on {day}."
    )
    published = date(2025, 11, 21)  # a Friday
    back = {"Monday": 4, "Tuesday": 3, "Wednesday": 2}[day]
    (claim,) = _claims(text, published)
    assert claim.as_of == Period.day(published - timedelta(days=back))


def test_news_a_release_on_a_day_is_not_a_counts_update() -> None:
    text = (
        "The release on Monday of 90 prisoners came as Kyiv said 40,000 Russian soldiers had "
        "been killed this month."
    )
    claims = _claims(text, date(2025, 11, 21))
    assert all(c.as_of != Period.day(date(2025, 11, 17)) for c in claims)


# -- "the day before" after a figure counts back from the day named before it ------------


@given(
    day=st.integers(2, 27),
    pair=st.integers(20, 140),
    single=st.integers(141, 300),
    frame=st.sampled_from(
        [
            "On Sept. {day}, {pair} were swapped for {pair}, which followed a return of "
            "{single} Ukrainians the day before.",
            "The exchange of {pair} for {pair} on Sept. {day} followed a smaller return of "
            "{single} Ukrainian soldiers the previous day.",
            "Kyiv said {pair} were exchanged for {pair} on Sept. {day}, after {single} "
            "Ukrainian civilians came home the day before.",
        ]
    ),
)
def test_news_the_day_before_a_named_day_dates_the_figure_it_closes(
    day: int, pair: int, single: int, frame: str
) -> None:
    text = frame.format(day=day, pair=pair, single=single)
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2024, 12, 31), publisher="Desk"
    )
    periods = {t.count: e.period for e in items if isinstance(e, Exchange) for t in e.transfers}
    by_count = {str(c): p for c, p in periods.items()}
    assert by_count[str(single)] == Period.day(date(2024, 9, day - 1))
    assert by_count[str(pair)] == Period.day(date(2024, 9, day))


def test_news_the_day_before_with_no_day_named_first_shifts_nothing(news: News) -> None:
    # the day is told after the figure: nothing to count back from in the sentence
    (exchange,) = news(
        "Russia freed 49 Ukrainians on Sept. 14, the day before the talks.",
        published=date(2024, 12, 31),
    ).exchanges
    assert exchange.period == Period.day(date(2024, 9, 14))


# -- "the previous exchange took place on X, when ..." is told in passing ---------------


@given(
    today=st.integers(60, 400),
    before=st.integers(10, 59),
    theirs=st.integers(60, 400),
    noun=st.sampled_from(["exchange", "swap", "prisoner exchange", "handover"]),
    adjective=st.sampled_from(["previous", "preceding", "prior"]),
    verb=st.sampled_from(["took place", "happened", "occurred"]),
    recalled=st.dates(min_value=date(2023, 3, 1), max_value=date(2023, 11, 30)),
)
def test_news_a_previous_exchange_told_in_passing_leaves_the_story_its_figures(
    today: int,
    before: int,
    theirs: int,
    noun: str,
    adjective: str,
    verb: str,
    recalled: date,
) -> None:
    """A later undated figure joins the story's exchange, not "the previous" one recalled.

    "The previous exchange took place on August 7, 2023, when 22 ... were freed. ...
    The Russian side reported that 248 Russian servicemen had been returned": the 248
    came home in the story's exchange, not in the one recalled before it.
    """
    text = (
        f"KYIV, Jan 3 (Desk) - Today {today} Ukrainians were freed from Russian captivity. "
        f"The process was long: the {adjective} {noun} {verb} on {recalled:%B} "
        f"{recalled.day}, {recalled.year}, when {before} Ukrainian defenders were freed.\n\n"
        "We thank the United Arab Emirates.\n\n"
        f"The Russian side reported that {theirs} Russian servicemen had been returned."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2024, 1, 3), publisher="Desk"
    )
    by_count = {
        str(t.count): str(i.period) for i in items if isinstance(i, Exchange) for t in i.transfers
    }
    assert by_count[str(theirs)] == "2024-01-03"
    assert by_count[str(before)] == recalled.isoformat()


def test_news_the_exchange_taking_place_on_a_day_is_still_the_storys(news: News) -> None:
    """Without "previous" the exchange dated is the story's: a later figure joins it."""
    text = (
        "KYIV, Jan 3 (Desk) - The exchange took place on Tuesday, when 22 Ukrainian "
        "defenders were freed.\n\nThe Russian side reported that 248 Russian servicemen "
        "had been returned."
    )
    periods = {str(e.period) for e in news(text, published=date(2024, 1, 3)).exchanges}
    assert periods == {"2024-01-02"}


# -- "A week later, on January 31, ...": the date set beside the span dates it ----------


@given(
    start=st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 1, 20)),
    span=st.sampled_from([("A week", 7), ("Two weeks", 14), ("Ten days", 10), ("A day", 1)]),
    off=st.integers(0, 3),
    ours=st.integers(20, 400),
    theirs=st.integers(20, 400),
)
def test_news_a_span_later_with_its_date_beside_it_is_that_date(
    start: date, span: tuple[str, int], off: int, ours: int, theirs: int
) -> None:
    """ "A week later, on January 31, a swap did take place": the 31st, not twice dated.

    The span and the date in apposition name one day; the date as written is that day
    (even where the count of days is loose), and the scene it sets dates the figures of
    the next sentence.
    """
    day = start + timedelta(days=span[1] + off)
    text = (
        f"A transport plane crashed on {start:%B} {start.day}.\n\n"
        f"{span[0]} later, on {day:%B} {day.day}, a swap did take place. Ukraine said "
        f"{ours} of its citizens returned, while Moscow said it received {theirs} "
        "servicemen."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2024, 2, 6), publisher="Desk"
    )
    periods = {str(i.period) for i in items if isinstance(i, Exchange)}
    assert periods == {day.isoformat()}


def test_news_a_span_later_alone_still_counts_from_the_exchange_before(news: News) -> None:
    """Without a date beside it, "a week later" counts on from the exchange told before."""
    text = (
        "On January 3 Ukraine got back 230 prisoners. A week later, Ukraine said 207 of "
        "its citizens returned."
    )
    periods = {str(e.period) for e in news(text, published=date(2024, 2, 6)).exchanges}
    assert periods == {"2024-01-03", "2024-01-10"}


# -- an answer that only assents keeps the day the question asked about ---------------


@given(
    assent=st.sampled_from(["Yes.", "Yeah.", "Exactly.", "That's right.", "YULIA: Yes."]),
    day=st.integers(1, 28),
    count=st.integers(20, 400),
)
def test_news_that_day_after_a_bare_assent_is_the_questions_day(
    news: News, assent: str, day: int, count: int
) -> None:
    # "That was the one on the second of October? Yes. 185 soldiers came home that day."
    text = (
        f"HOST: That was the one on {day} October?\n\n"
        f"{assent} {count} Ukrainian soldiers came home that day."
    )
    (exchange,) = news(text, published=date(2025, 11, 20)).exchanges
    assert exchange.period == Period.day(date(2025, 10, day))


def test_news_an_answer_that_says_more_than_yes_sets_its_own_scene(news: News) -> None:
    # "Yes, and a week later ..." is no bare assent: its own words date what follows
    text = (
        "HOST: That was the one on 2 October?\n\n"
        "GUEST: Yes, and on 9 October another group came. 185 Ukrainian soldiers came "
        "home that day."
    )
    periods = {e.period for e in news(text, published=date(2025, 11, 20)).exchanges}
    assert Period.day(date(2025, 10, 2)) not in periods


@given(
    st.sampled_from(["detained", "arrested", "captured", "imprisoned"]),
    st.sampled_from(
        [
            "in the occupied parts of the Kherson and Zaporizhzhia regions",
            "in the occupied south of the Kherson region",
            "by Russian forces in the occupied parts of the country",
        ]
    ),
    st.integers(2014, 2024),
)
def test_news_a_capture_participle_dates_the_capture_past_a_long_place(
    exchanges_on: Callable[..., Any], verb: str, place: str, year: int
) -> None:
    # Regression: "the 20 civilians who came home include people detained in the occupied
    # parts of the Kherson and Zaporizhzhia regions in 2022" became an exchange of 2022.
    text = (
        "Russia and Ukraine exchanged 185 prisoners of war each on Monday, and 20 civilians "
        f"came home. The 20 civilians who came home include people {verb} {place} in {year}."
    )
    exchanges = exchanges_on(text, date(2025, 10, 23))
    assert exchanges
    assert all(e.period == Period.day(date(2025, 10, 20)) for e in exchanges)
