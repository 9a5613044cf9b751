"""Dates read by broad rules of news writing, each tried on sentences worded several ways.

Round two of issue 8: the date rules that generalised worst. Every rule here is
a habit of reporting (a live blog's full stamp, a headline's own date, a "since"
clause, a relative clause on the people counted), not one article's words.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news import NewsParser
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Exchange, Period

News = Callable[..., Any]

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
)


# -- a live blog's stamp with its full date -------------------------------------------


def test_news_a_blog_stamp_with_day_month_and_time_dates_its_entry(news: News) -> None:
    # Regression: "Thursday 9 October, 11:20" was no stamp; "today" in the entry under it
    # was the day the page was last updated.
    text = (
        "Live: the autumn prisoner swap\n\n"
        "This page was last updated on Saturday 11 October 2025.\n\n"
        "Thursday 9 October, 11:20\n\n"
        "Kyiv says 120 of its soldiers crossed back from Russia today.\n\n"
        "Friday 10 October, 18:05\n\n"
        "A second group of 80 Ukrainian prisoners came home, officials said."
    )
    first, second = news(text, published=date(2025, 10, 11)).exchanges
    assert first.period == Period.day(date(2025, 10, 9))
    assert second.period == Period.day(date(2025, 10, 10))


@pytest.mark.parametrize(
    "stamp", ["Monday 6 October, 09:45", "6 October, 09:45", "Monday, 6 October - 09:45"]
)
def test_news_full_blog_stamps_written_differently_are_read(news: News, stamp: str) -> None:
    text = f"Swap day live\n\n{stamp}\n\nRussia has released 64 Ukrainian servicemen today."
    (exchange,) = news(text, published=date(2025, 10, 8)).exchanges
    assert exchange.period == Period.day(date(2025, 10, 6))


@given(day=st.integers(1, 28), month=st.integers(0, 10), hour=st.integers(0, 23))
def test_news_a_full_blog_stamp_always_dates_its_entry(
    exchanges_on: Callable[..., Any], day: int, month: int, hour: int
) -> None:
    text = (
        f"Live updates\n\n{day} {_MONTHS[month]}, {hour:02d}:30\n\n"
        "Ukraine says 45 of its soldiers came home from captivity today."
    )
    (exchange,) = exchanges_on(text, date(2025, 12, 31))
    assert exchange.period == Period.day(date(2025, month + 1, day))


# -- a headline's year that dates or numbers the page is no topic year -----------------


@pytest.mark.parametrize(
    "headline",
    [
        "Prisoner swaps: the live page, Monday 13 January 2025",
        "Policy Brief 2025/01: the exchange channel",
        "Exchanges in review (published January 13, 2025)",
    ],
)
def test_news_a_headline_year_that_dates_or_numbers_the_page_is_no_topic(
    news: News, headline: str
) -> None:
    # Regression: the headline's 2025 was taken as the year the piece is about, and
    # "on 28 December", told in January, became a December still to come.
    text = f"{headline}\n\nOn 28 December, 140 Ukrainian soldiers came home from captivity."
    (exchange,) = news(text, published=date(2025, 1, 13)).exchanges
    assert exchange.period == Period.day(date(2024, 12, 28))


def test_news_a_headline_about_a_year_still_gives_it(news: News) -> None:
    text = "What the 2023 swaps added up to\n\nOn 7 March, 90 Ukrainian soldiers came home."
    (exchange,) = news(text, published=date(2025, 1, 13)).exchanges
    assert exchange.period == Period.day(date(2023, 3, 7))


@given(day=st.integers(1, 28), month=st.integers(0, 10))
def test_news_a_day_under_a_dated_headline_is_never_after_publication(
    exchanges_on: Callable[..., Any], day: int, month: int
) -> None:
    published = date(2025, 1, 13)
    text = (
        "The exchange desk, Monday 13 January 2025\n\n"
        f"On {day} {_MONTHS[month]}, 60 Ukrainian prisoners were freed."
    )
    (exchange,) = exchanges_on(text, published)
    assert exchange.period.end <= published


# -- the date of an agreement a few words after its verb -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "agreed at ... last month" stood six words from its verb, and the
        # month of the talks dated the handover instead of the day it was reported.
        "Kyiv said on Tuesday it had received 800 bodies, the third of the handovers agreed "
        "at the peace talks in Geneva last month.",
        "Ukraine took back 800 bodies on Tuesday under a repatriation arranged by envoys of "
        "both sides in Geneva in August.",
        "The 800 bodies returned to Ukraine on Tuesday were part of a handover negotiated "
        "with Moscow's envoys in Geneva in August.",
    ],
)
def test_news_the_date_of_an_agreement_does_not_date_the_handover(news: News, text: str) -> None:
    (exchange,) = news(text, published=date(2025, 9, 18)).exchanges
    assert exchange.period == Period.day(date(2025, 9, 16))


# -- a start told with its own verb inside "since ..." --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "since Russia's invasion began on Feb. 24" dated the exchange.
        "KYIV, June 3 (Wire) - Kyiv said it had brought home 77 soldiers, its largest release "
        "since Russia's invasion began on Feb. 24.",
        "KYIV, June 3 (Wire) - Ukraine got back 77 soldiers, the most since Moscow launched its "
        "attack on 24 February.",
        "KYIV, June 3 (Wire) - In the biggest swap since the fighting started in February, "
        "77 Ukrainian soldiers came home.",
    ],
)
def test_news_a_date_in_a_since_clause_with_its_own_verb_is_a_start(news: News, text: str) -> None:
    (exchange,) = news(text, published=date(2022, 6, 3)).exchanges
    assert exchange.period == Period.day(date(2022, 6, 3))


# -- "earlier this week" and "Tuesday of this week" -----------------------------------


@pytest.mark.parametrize(
    ("words", "period"),
    [
        # Regression: "earlier this week" was a span from Monday to the publication day,
        # not the week, as "earlier in the week" and "this week" are.
        ("Earlier this week", "2025-W38"),
        ("Earlier in the week", "2025-W38"),
        ("Earlier this month", "2025-09"),
        # Regression: "on Tuesday of this week" gave the whole week, not the Tuesday.
        ("On Tuesday of this week", "2025-09-16"),
        ("On Tuesday", "2025-09-16"),
    ],
)
def test_news_earlier_this_week_and_a_day_of_this_week(news: News, words: str, period: str) -> None:
    text = f"{words}, the remains of 500 soldiers were returned to Ukraine."
    (exchange,) = news(text, published=date(2025, 9, 19)).exchanges
    assert exchange.period.format() == period


# -- a day named by its ordinal beats a year named for comparison -----------------------


@pytest.mark.parametrize(
    "second",
    [
        # Regression: "by the standards of 2022" dated the swap of "the 8th" to 2022.
        "On the 8th, 50 soldiers went each way, a small swap by the standards of 2022.",
        "On the 8th, 50 soldiers went each way, fewer than in most swaps of 2022.",
        "The swap of the 8th saw 50 soldiers go each way, a low figure next to 2022.",
    ],
)
def test_news_a_day_by_its_ordinal_beats_a_compared_year(news: News, second: str) -> None:
    text = f"Winter swaps in review\n\nJanuary. {second}"
    (exchange,) = news(text, published=date(2023, 3, 10)).exchanges
    assert exchange.period == Period.day(date(2023, 1, 8))


# -- a relative clause on the people counted tells when they moved ----------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "missing in April" stood nearer the 52 than "on Saturday" did.
        "Two men from the village, one of them reported missing in April, were among the "
        "52 Ukrainian soldiers who returned home on Saturday.",
        "A medic captured in May was one of the 52 Ukrainian soldiers who were freed by "
        "Russia on Saturday.",
        "The 52 Ukrainian soldiers that Russia released on Saturday included a driver taken "
        "prisoner in April.",
    ],
)
def test_news_the_date_of_a_relative_clause_on_the_people_dates_them(news: News, text: str) -> None:
    (exchange,) = news(text, published=date(2022, 10, 31)).exchanges
    assert exchange.period == Period.day(date(2022, 10, 29))


@given(
    day=st.integers(1, 28),
    month=st.integers(0, 10),
    verb=st.sampled_from(["began", "started", "was launched"]),
)
def test_news_no_start_inside_since_ever_dates_the_exchange(
    exchanges_on: Callable[..., Any], day: int, month: int, verb: str
) -> None:
    text = (
        f"KYIV, Dec 5 (Wire) - Ukraine got back 77 soldiers, the most since the Russian "
        f"offensive {verb} on {day} {_MONTHS[month]}."
    )
    (exchange,) = exchanges_on(text, date(2025, 12, 5))
    assert exchange.period == Period.day(date(2025, 12, 5))


@given(day=st.integers(1, 28), other=st.integers(1, 28))
def test_news_the_people_s_own_clause_dates_them_whatever_else_is_near(
    exchanges_on: Callable[..., Any], day: int, other: int
) -> None:
    text = (
        f"A cook captured on {other} March was among the 52 Ukrainian soldiers who came home "
        f"on {day} November."
    )
    (exchange,) = exchanges_on(text, date(2025, 12, 5))
    assert exchange.period == Period.day(date(2025, 11, day))


# -- claims of the war's first weeks, and a date past a semicolon -----------------------


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # Regression: a date within a month of the invasion was taken for "since the war
        # began" and replaced by the publication date.
        ("Three weeks ago, the defence ministry said 1,351 Russian soldiers had died.", 26),
        ("On 20 March, Moscow said 1,351 of its soldiers had been killed.", 20),
        ("Russia's defence ministry said on March 25 that 1,351 of its troops had died.", 25),
    ],
)
def test_news_a_claim_dated_in_the_wars_first_weeks_keeps_its_date(
    news: News, text: str, as_of: int
) -> None:
    (claim,) = news(text, published=date(2022, 4, 16)).claims
    assert claim.as_of == Period.day(date(2022, 3, as_of))


def test_news_a_claim_since_the_invasion_still_stands_when_told(news: News) -> None:
    text = "Kyiv said 3,000 Ukrainian soldiers had been killed since the invasion on 24 February."
    (claim,) = news(text, published=date(2022, 4, 16)).claims
    assert claim.as_of == Period.day(date(2022, 4, 16))


@pytest.mark.parametrize(
    "second",
    [
        # Regression: the "three weeks ago, when ..." of the first clause dated the second.
        "Western officials said privately that 9,000 Russian soldiers had been killed by "
        "mid-March.",
        "Western estimates put Russian deaths at 9,000 by mid-March.",
    ],
)
def test_news_a_date_with_when_does_not_cross_a_semicolon(news: News, second: str) -> None:
    text = (
        "Moscow last gave a figure three weeks ago, when its defence ministry said 1,351 "
        f"Russian servicemen had died; {second}"
    )
    first_claim, second_claim = news(text, published=date(2022, 4, 16)).claims
    assert first_claim.as_of == Period.day(date(2022, 3, 26))
    assert second_claim.as_of == Period.month(2022, 3)


# -- the middle of a year -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "by mid-2025" and "by the middle of the year" were no dates at all,
        # and the estimate was taken as current on the publication date.
        "Researchers estimated that about 150,000 Russian soldiers had died by mid-2025.",
        "A model puts Russian military deaths at 150,000 by the middle of the year.",
        "By the middle of 2025, some 150,000 Russian soldiers had been killed, the study found.",
    ],
)
def test_news_the_middle_of_a_year_is_its_june(news: News, text: str) -> None:
    (claim,) = news(text, published=date(2025, 10, 3)).claims
    assert claim.as_of == Period.month(2025, 6)


def test_news_a_statement_day_still_beats_the_middle_of_the_year(news: News) -> None:
    text = (
        "Two outlets estimated on Friday that about 150,000 Russian soldiers had died in the "
        "war by the middle of 2025."
    )
    (claim,) = news(text, published=date(2025, 7, 5)).claims
    assert claim.as_of == Period.day(date(2025, 7, 4))


@given(year=st.integers(2022, 2025))
def test_news_mid_year_always_reads_as_that_years_june(year: int) -> None:
    text = f"Analysts estimated that 90,000 Russian soldiers had been killed by mid-{year}."
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=date(2025, 12, 1))
    (claim,) = [i for i in items if isinstance(i, CasualtyClaim)]
    assert claim.as_of == Period.month(year, 6)


# -- "came a day after ..." counts back from the story's day ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: the figure told after "came a day after" took the dateline's day.
        "ODESA, May 9 (Wire) - The appeal came a day after the president, speaking on "
        "television, said that 4,000 Ukrainian soldiers had been killed.",
        "ODESA, May 9 (Wire) - Her remarks come one day after Kyiv's defence minister said "
        "4,000 Ukrainian soldiers had died in the fighting.",
        "ODESA, May 9 (Wire) - The visit followed, by a day, nothing new; it came a day after "
        "the general staff said 4,000 Ukrainian soldiers had been killed.",
    ],
)
def test_news_a_figure_after_came_a_day_after_is_the_day_before(news: News, text: str) -> None:
    (claim,) = news(text, published=date(2022, 5, 10)).claims
    assert claim.as_of == Period.day(date(2022, 5, 8))


def test_news_an_exchange_after_came_two_days_after_is_two_days_before(news: News) -> None:
    text = (
        "KYIV, Oct 20 (Wire) - The talks came two days after Russia freed 500 Ukrainian soldiers."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 18))


@pytest.mark.parametrize(
    "text",
    [
        "A week after the crash, 207 Ukrainian soldiers went home.",
        "On Friday, a day after talks in Ankara, 207 Ukrainian soldiers went home.",
    ],
)
def test_news_a_fronted_after_phrase_does_not_count_back_from_the_story(
    news: News, text: str
) -> None:
    (exchange,) = news(f"KYIV, Oct 20 (Wire) - {text}").exchanges
    assert exchange.period != Period.day(date(2025, 10, 13))
    assert exchange.period != Period.day(date(2025, 10, 19))


# -- a figure and the participle that says when it was stated ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: ", given in March," after the figure was no date of the claim.
        "For Ukraine, the last official figure, of 31,000 killed, given in March, is thought "
        "too low.",
        "Ukraine's own toll — 31,000 soldiers killed, announced in March — is widely doubted.",
        "Russia's official toll of 31,000 dead, published in March, was never revised.",
    ],
)
def test_news_a_stated_participle_after_the_figure_dates_the_claim(news: News, text: str) -> None:
    (claim,) = news(text, published=date(2024, 11, 5)).claims
    assert claim.as_of == Period.month(2024, 3)


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "was given by ... in September 2022" after the figure took the
        # report's day; the passive says when the figure was stated.
        "Russia keeps its own toll secret; the only official count of its dead, 5,937, "
        "was given by the defence minister of the time in September 2022.",
        "Moscow's last official toll, 5,937 dead, was given by Shoigu in September 2022.",
        "Moscow's last official toll, 5,937 dead, was announced at a briefing in September 2022.",
    ],
)
def test_news_a_passive_stated_participle_dates_the_figure(news: News, text: str) -> None:
    (claim,) = news(text, published=date(2025, 2, 16)).claims
    assert claim.as_of == Period.month(2022, 9)


@given(
    verb=st.sampled_from(["given", "published", "announced", "issued", "provided"]),
    month=st.integers(1, 12),
    year=st.integers(2023, 2024),
    count=st.integers(2, 900).map(lambda n: n * 1_000),
)
def test_news_any_passive_stated_participle_dates_the_figure(
    verb: str, month: int, year: int, count: int
) -> None:
    name = date(year, month, 1).strftime("%B")
    text = (
        f"Moscow's last official toll, {count:,} dead, was {verb} by its ministry in {name} {year}."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 2, 16), publisher="Desk"
    )
    (claim,) = [i for i in items if isinstance(i, CasualtyClaim)]
    assert claim.as_of == Period.month(year, month)


@pytest.mark.parametrize(
    "text",
    [
        # the date is another clause's: a person's aside, or a later coordinated verb
        "Moscow's last official toll, 5,937 dead, was given by Shoigu, who spoke in September "
        "2022.",
        "Moscow's last official toll, 5,937 dead, was given by Shoigu and repeated in "
        "September 2022.",
    ],
)
def test_news_a_date_past_the_passive_clause_does_not_date_it(news: News, text: str) -> None:
    (claim,) = news(text, published=date(2025, 2, 16)).claims
    assert claim.as_of == Period.day(date(2025, 2, 16))


# -- a date inside another reported clause stays with that clause's figure --------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "this spring", said of the daily rate, dated the total after it.
        "Kyiv said Russian casualties were averaging 900 a day this spring, and that the "
        'total was "likely" to be around 700,000.',
        "The ministry said Russian casualties averaged 900 a day in April, and that the total "
        "had reached some 700,000.",
    ],
)
def test_news_a_date_in_another_reported_clause_does_not_date_the_claim(
    news: News, text: str
) -> None:
    (claim,) = news(text, published=date(2025, 6, 12)).claims
    assert claim.as_of == Period.day(date(2025, 6, 12))


def test_news_a_date_framing_the_statement_still_dates_every_figure(news: News) -> None:
    text = (
        "In April, the ministry said that 40,000 Ukrainian soldiers had been killed, and "
        "that 90,000 had been wounded."
    )
    killed, wounded = news(text, published=date(2025, 6, 12)).claims
    assert killed.as_of == Period.month(2025, 4)
    assert wounded.as_of == Period.month(2025, 4)


# -- "the beginning (start, middle) of March" -----------------------------------------------


@pytest.mark.parametrize(
    "words", ["by the beginning of March", "by the start of March", "by the middle of March"]
)
def test_news_a_part_of_a_month_written_with_of_is_that_month(news: News, words: str) -> None:
    # Regression: only "the end of" was read with "of"; "by the beginning of March" was no
    # date, and the claim took the publication date.
    text = f"Kyiv said the Russian army had lost more than 20,000 killed and wounded {words}."
    (claim,) = news(text, published=date(2025, 4, 26)).claims
    assert claim.as_of == Period.month(2025, 3)


# -- a year's total said on another date ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: the total took the publication date; "said last month" was lost
        # behind the year it sums.
        "The ombudsman said last month that more than 2,000 Russian soldiers had come home "
        "in exchanges in 2024.",
        "The ombudsman said in January that more than 2,000 Russian soldiers had been "
        "returned in 2024.",
    ],
)
def test_news_a_years_total_is_as_of_when_it_was_said(news: News, text: str) -> None:
    (tally,) = news(text, published=date(2025, 2, 4)).tallies
    assert tally.as_of == Period.month(2025, 1)
    assert tally.covers.start == date(2024, 1, 1)


def test_news_a_years_total_said_without_a_date_is_as_of_publication(news: News) -> None:
    text = "The ombudsman said more than 2,000 Russian soldiers had come home in 2024."
    (tally,) = news(text, published=date(2025, 2, 4)).tallies
    assert tally.as_of == Period.day(date(2025, 2, 4))


# -- dates paired by "respectively" keep the paragraph's year ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # Regression: the paired dates lost the year the paragraph opened with.
        "Kyiv got back 80 bodies on May 3 and 120 on June 9, while Russia received 20 and 30 "
        "of its own, respectively.",
        "On May 3 and June 9, Russia received 20 and 30 bodies respectively.",
    ],
)
def test_news_respective_dates_keep_the_paragraphs_year(news: News, sentence: str) -> None:
    text = f"How the handovers grew\n\nIn 2023, the handovers were still small. {sentence}"
    exchanges = news(text, published=date(2025, 11, 20)).exchanges
    years = {e.period.start.year for e in exchanges}
    assert years == {2023}
    assert len(exchanges) == 2


# -- when the figures were published or the count updated -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: the date the figures were published did not date the total.
        "Since the start of the full-scale war in February 2022, Ukraine has taken back the "
        "remains of more than 9,000 people, according to figures the headquarters published "
        "on Aug. 12.",
        "Since 2022, Ukraine has recovered the remains of more than 9,000 people, according to "
        "figures the headquarters published on Aug. 12.",
        "More than 9,000 bodies have been returned to Ukraine since 2022, according to data "
        "released on Aug. 12 by the headquarters.",
    ],
)
def test_news_a_total_stands_when_its_figures_were_published(news: News, text: str) -> None:
    (tally,) = news(text, published=date(2025, 10, 23)).tallies
    assert tally.as_of == Period.day(date(2025, 8, 12))


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "whose office updated the count on ..." did not date the claim.
        "The register of people missing in special circumstances now lists more than 50,000 "
        "Ukrainians, according to the commissioner, whose office updated the count on Aug. 12.",
        "More than 50,000 Ukrainians are listed as missing, according to a register that the "
        "commissioner's office updated on Aug. 12.",
    ],
)
def test_news_a_claim_stands_when_its_count_was_updated(news: News, text: str) -> None:
    (claim,) = news(text, published=date(2025, 10, 23)).claims
    assert claim.as_of == Period.day(date(2025, 8, 12))


def test_news_people_released_on_a_day_are_no_publication_date(news: News) -> None:
    text = "Some 9,000 prisoners have come home so far, including 100 released on Aug. 12."
    for tally in news(text, published=date(2025, 10, 23)).tallies:
        assert tally.as_of != Period.day(date(2025, 8, 12)) or tally.count.low == 100


# -- a date telling when someone was arrested or sentenced --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "arrested in April" dated the swap that freed him in September.
        "On 21 September, Russia handed over 200 people. Moscow got back 50 in return, together "
        "with a politician who had been arrested in Ukraine in April.",
        "On 21 September, Russia handed over 200 people. Moscow got back 50 in return, among "
        "them a pilot who had been sentenced in May.",
    ],
)
def test_news_a_date_of_arrest_in_a_relative_clause_is_no_exchange_date(
    news: News, text: str
) -> None:
    (exchange,) = news(text, published=date(2022, 9, 23)).exchanges
    assert exchange.period == Period.day(date(2022, 9, 21))
    assert len(exchange.transfers) == 2


# -- "Easter" in a text that names the Orthodox Easter ----------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        # Regression: the headline's "Easter" was the Western one, a week before, and the
        # Russian figure told without a date joined that exchange.
        "80 Ukrainians freed in Easter swap, Kyiv says",
        "80 Ukrainian soldiers home for Easter",
        "Easter exchange frees 80 Ukrainians",
    ],
)
def test_news_easter_in_a_text_naming_the_orthodox_one_is_orthodox(
    news: News, headline: str
) -> None:
    text = (
        f"{headline}\n\n"
        "Eighty Ukrainian soldiers came home on Orthodox Easter Sunday, Kyiv said.\n\n"
        "Russia's defence ministry said 70 Russian servicemen had been returned."
    )
    periods = {e.period for e in news(text, published=date(2023, 4, 17)).exchanges}
    assert periods == {Period.day(date(2023, 4, 16))}


def test_news_easter_alone_stays_the_western_one(news: News) -> None:
    text = "Eighty Ukrainian soldiers came home at Easter, Kyiv said."
    (exchange,) = news(text, published=date(2023, 4, 17)).exchanges
    assert exchange.period == Period.day(date(2023, 4, 9))


# -- "on the same day" is the day of the exchange just told --------------------------------


@pytest.mark.parametrize(
    "second",
    [
        # Regression: "the same day" was no date, and the claim took the publication day.
        "The swap came on the same day Russia's defence minister said 6,000 Russian soldiers "
        "had been killed.",
        "That same day, Russia's defence minister said 6,000 Russian soldiers had been killed.",
        "On the same day, the Russian defence ministry put its losses at 6,000 killed.",
    ],
)
def test_news_the_same_day_is_the_day_of_the_exchange_just_told(news: News, second: str) -> None:
    text = f"Ukraine said late on Wednesday that 200 of its soldiers had come home. {second}"
    read = news(text, published=date(2022, 9, 22))
    (exchange,) = read.exchanges
    (claim,) = read.claims
    assert exchange.period == Period.day(date(2022, 9, 21))
    assert claim.as_of == exchange.period


def test_news_the_same_day_without_an_exchange_is_no_date(news: News) -> None:
    text = "On the same day, the Russian defence ministry put its losses at 6,000 killed."
    (claim,) = news(text, published=date(2022, 9, 22)).claims
    assert claim.as_of == Period.day(date(2022, 9, 22))


@given(
    day=st.integers(min_value=2, max_value=20),
    first=st.integers(min_value=20, max_value=140),
    second=st.integers(min_value=20, max_value=300),
    link=st.sampled_from([", and on the same day", "; on the same day", ". That same day,"]),
)
def test_news_the_same_day_after_a_day_named_in_the_text_is_that_day(
    day: int, first: int, second: int, link: str
) -> None:
    # "on August 14, 84 Ukrainians returned ..., and on the same day Ukraine handed over 84"
    text = (
        f"Today 146 Ukrainian soldiers came home, Kyiv said. Earlier, on August {day}, "
        f"{first} Ukrainian soldiers returned from captivity{link} Ukraine handed over "
        f"{second} Russian prisoners of war."
    )
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 8, 24), publisher="Desk"
    )
    periods = {
        (t.receiver.code, t.count.low): e.period
        for e in items
        if not isinstance(e, CasualtyClaim) and hasattr(e, "transfers")
        for t in e.transfers
    }
    assert periods[("RUS", second)] == Period.day(date(2025, 8, day))
    assert periods[("UKR", first)] == Period.day(date(2025, 8, day))


@pytest.mark.parametrize(
    "second",
    [
        # Regression: "also said" named a speaker the first figure was not given to, and
        # its figures took the publication day.
        "The general also said Ukraine had lost 20,000 killed.",
        "He also said that Ukraine had lost 20,000 killed.",
    ],
)
def test_news_also_said_continues_the_statement_just_told(news: News, second: str) -> None:
    text = (
        "In March, Moscow gave a figure of 6,000 Russian soldiers killed, a number that "
        f"Western officials say is far too low. {second}"
    )
    claims = news(text, published=date(2022, 9, 22)).claims
    assert {c.as_of for c in claims} == {Period.month(2022, 3)}
    assert len(claims) == 2


@pytest.mark.parametrize(
    "between",
    [
        "A leaked British estimate from last autumn had put Ukrainian deaths at up to "
        "60,000, though its authors called it incomplete.",
        "Analysts at a Warsaw institute, writing in January, estimated Ukrainian losses "
        "at between 50,000 and 70,000 killed.",
    ],
)
def test_news_also_said_goes_back_to_the_speakers_own_statement(news: News, between: str) -> None:
    # Another source's dated figure stands between: "also" is the speaker's, not theirs.
    text = (
        "Defence Minister Rustem Umerov said on Tuesday that 38,000 Ukrainian soldiers had "
        f"been killed since the invasion. {between} Umerov also said that Russia had lost "
        "about 160,000 troops killed, a figure he did not source."
    )
    claims = news(text, published=date(2025, 3, 13)).claims
    russian = [c for c in claims if c.subject.code == "RUS"]
    assert [str(c.as_of) for c in russian] == ["2025-03-11"]


# -- "last Thursday" told on a Friday ---------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "day"),
    [
        # Regression: "last Thursday" on a Friday was the day before, which a reporter calls
        # "on Thursday" or "yesterday".
        ("last Thursday", 3),
        ("on Thursday", 10),
        ("last Monday", 7),
    ],
)
def test_news_last_weekday_told_the_day_after_is_the_week_before(
    news: News, words: str, day: int
) -> None:
    text = f"Ukraine got back 107 soldiers {words}, the presidential office said."
    (exchange,) = news(text, published=date(2022, 11, 11)).exchanges
    assert exchange.period == Period.day(date(2022, 11, day))


# -- a fronted contrast clause keeps its date -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "by the end of 2022" in the "whereas" clause dated the total after it.
        "Whereas Kyiv counted 1,000 of its people freed by the end of 2022, it now puts the "
        "total at more than 5,000.",
        "While the count stood at 1,000 at the end of 2022, it now puts the total at more than "
        "5,000, Kyiv said.",
    ],
)
def test_news_a_date_in_a_fronted_contrast_clause_does_not_date_the_total(
    news: News, text: str
) -> None:
    tallies = [t for t in news(text, published=date(2025, 9, 21)).tallies if t.count.low > 1000]
    (tally,) = tallies
    assert tally.as_of == Period.day(date(2025, 9, 21))


# -- a claim told in a season stands as of that year ------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # Regression: the season was kept as a three-month span, a precision the text
        # does not give for when a figure stood.
        (
            "A leaked slide from the spring, widely shared online, put Russian casualties at up "
            "to 200,000.",
            2022,
        ),
        ("In the autumn, Western officials said Russia had lost 120,000 killed.", 2022),
        ("In summer 2022, Kyiv said 10,000 Ukrainian soldiers had been killed.", 2022),
    ],
)
def test_news_a_claim_dated_by_a_season_is_as_of_its_year(news: News, text: str, year: int) -> None:
    (claim,) = news(text, published=date(2023, 2, 21)).claims
    assert claim.as_of == Period.year(year)


# -- a count closed "by the end of the summer" stands in the season's last month ---------------


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # Regression: "the end of the summer" was no date, so the figure took the report's day.
        ("Western officials said Russia had lost 120,000 killed by the end of the summer.", 8),
        (
            "By the end of autumn, Western officials estimated, some 90,000 Russian soldiers "
            "had been killed.",
            11,
        ),
        (
            "By the end of the summer, 2,400 Ukrainians had come home from captivity since the "
            "invasion, Kyiv said.",
            8,
        ),
        (
            "By the end of the spring of 2023, Kyiv said, 1,300 Ukrainians had come home since "
            "2022.",
            5,
        ),
    ],
)
def test_news_a_count_by_the_end_of_a_season_is_as_of_its_last_month(
    news: News, text: str, month: int
) -> None:
    result = news(text, published=date(2023, 12, 29))
    assert [r.as_of for r in [*result.claims, *result.tallies]] == [Period.month(2023, month)]


@given(st.sampled_from(["spring", "summer", "autumn", "winter"]), st.booleans())
def test_news_the_end_of_a_season_is_never_the_report_day(season: str, article: bool) -> None:
    the = "the " if article else ""
    text = f"By the end of {the}{season}, 2,400 Ukrainians had come home since 2022, Kyiv said."
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2023, 12, 29), publisher="Desk"
    )
    dates = [i.as_of for i in items if hasattr(i, "as_of")]
    last = {"spring": 5, "summer": 8, "autumn": 11, "winter": 2}[season]
    assert dates == [Period.month(2023, last)]


# -- a statement recalled in passing does not date the speaker's later figures ------------------


@pytest.mark.parametrize(
    "recap",
    [
        # Regression: the December figure recalled in between dated the president's figures
        # about Russia told after it.
        "In December, speaking in Lviv, he had put the number of Ukrainian dead at 30,000.",
        "The president, who last gave a figure in December, when he put the number of "
        "Ukrainian dead at 30,000, also spoke about the enemy.",
    ],
)
def test_news_a_recalled_statement_does_not_date_the_speakers_next_figures(
    news: News, recap: str
) -> None:
    text = (
        "More than 40,000 Ukrainian soldiers have been killed, President Zelensky said in an "
        f"interview broadcast on Sunday. {recap} Russia, he said, had lost about 200,000 "
        "soldiers killed."
    )
    claims = news(text, published=date(2025, 2, 17)).claims
    assert [c.as_of for c in claims] == [
        Period.day(date(2025, 2, 16)),
        Period.month(2024, 12),
        Period.day(date(2025, 2, 16)),
    ]


def test_news_a_new_statement_of_the_speaker_still_dates_the_next_figure(news: News) -> None:
    text = (
        "More than 40,000 Ukrainian soldiers have been killed, President Zelensky said in an "
        "interview broadcast on Sunday. On Tuesday, he said 90,000 Ukrainian soldiers had been "
        "wounded. Russia, he said, had lost about 200,000 soldiers killed."
    )
    claims = news(text, published=date(2025, 2, 19)).claims
    russia = [c for c in claims if c.subject.code == "RUS"]
    assert [c.as_of for c in russia] == [Period.day(date(2025, 2, 18))]


@pytest.mark.parametrize(
    ("link", "day"),
    [
        # Regression: "The exchange ... came hours after" left the figure on the story's day.
        ("came hours after", 21),
        ("came a day after", 20),
        ("took place hours after", 21),
    ],
)
def test_news_an_exchange_that_came_after_a_statement_dates_it(
    news: News, link: str, day: int
) -> None:
    text = (
        "KYIV, Sept 22 (Wire) - Ukraine got back 200 of its soldiers late on Wednesday, "
        f"officials said on Thursday. The exchange, the largest since the invasion began in "
        f"February, {link} Russia's defence minister said 6,000 Russian soldiers had been "
        "killed."
    )
    (claim,) = news(text, published=date(2022, 9, 22)).claims
    assert claim.as_of == Period.day(date(2022, 9, day))


# -- dates of plans, stages, anniversaries and restated figures (round 12, dates 3) -----------


@pytest.mark.parametrize(
    "text",
    [
        'Zelensky confirmed that 84 Ukrainians are home, and "the rest should be back over '
        'the weekend".',
        "Kyiv said 250 Ukrainian soldiers were back home, adding that further releases were "
        "expected on Sunday.",
        "Some 120 Ukrainian captives have returned home, the ombudsman said, and another "
        "round will follow next week.",
    ],
)
def test_news_the_date_of_stages_to_come_does_not_date_the_figure_done(
    news: News, text: str
) -> None:
    exchanges = news(text, published=date(2025, 5, 21)).exchanges
    assert [str(e.period) for e in exchanges] == ["2025-05-21"]


def test_news_a_date_in_the_figures_own_clause_stays_beside_a_plan(news: News) -> None:
    text = "120 Ukrainian captives returned home on Sunday, and more are expected."
    exchanges = news(text, published=date(2025, 5, 21)).exchanges
    assert [str(e.period) for e in exchanges] == ["2025-05-18"]


_STAGES = (
    "On October 2, Russia returned 500 bodies to Ukraine. More repatriations took place on "
    "October 6, 9 and 14. By the end of the {rank} {noun}, Ukraine had received 2,400 "
    "bodies in all this month."
)


@pytest.mark.parametrize(
    ("rank", "noun", "as_of"),
    [
        ("final", "round", "2025-10-14"),
        ("fourth", "stage", "2025-10-14"),
        ("last", "handover", "2025-10-14"),
        # the second stage is not the last day listed: no guess
        ("second", "stage", "2025-10-23"),
    ],
)
def test_news_a_total_by_the_end_of_a_stage_is_as_of_that_stages_day(
    news: News, rank: str, noun: str, as_of: str
) -> None:
    text = _STAGES.format(rank=rank, noun=noun)
    assert news(text, published=date(2025, 10, 23)).tally_day_list() == [as_of]


@pytest.mark.parametrize(
    ("opening", "published", "as_of"),
    [
        (
            "One year ago tonight a blast tore through a barracks where captives were held.",
            date(2023, 7, 29),
            "2022-07-29",
        ),
        (
            "Two years ago today, a missile struck the prison camp outside the city.",
            date(2024, 3, 5),
            "2022-03-05",
        ),
        (
            "The camp's barracks were destroyed in an explosion in August 2022.",
            date(2024, 3, 5),
            "2022-08",
        ),
    ],
)
def test_news_a_toll_said_at_the_time_is_as_of_the_event_told_before(
    news: News, opening: str, published: date, as_of: str
) -> None:
    text = (
        f"{opening}\n\nThe Russian authorities said at the time that 40 Ukrainian prisoners had "
        "been killed and 60 wounded."
    )
    claims = news(text, published=published).claims
    assert {str(c.as_of) for c in claims} == {as_of}
    assert len(claims) == 2


@given(day=st.integers(1, 28), month=st.integers(1, 12), years=st.integers(1, 3))
def test_news_years_ago_today_is_the_same_day_years_back(
    news: News, day: int, month: int, years: int
) -> None:
    published = date(2026, month, day)
    text = (
        f"{('One year', 'Two years', 'Three years')[years - 1]} ago today, a blast hit the "
        "camp.\n\nOfficials said at the time that "
        "30 Ukrainian prisoners had been killed."
    )
    claims = news(text, published=published).claims
    assert [str(c.as_of) for c in claims] == [str(published.replace(year=2026 - years))]


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "Moscow said on Friday that 30 Ukrainian prisoners held at the camp were killed "
            "when a shell struck their barracks on Wednesday.",
            "2025-10-22",
        ),
        (
            "Kyiv's military said on Thursday that 12 Russian soldiers who had been ordered "
            "forward died when their column drove onto a minefield late on Tuesday.",
            "2025-10-21",
        ),
        (
            "Ukraine's army said on Thursday that 9 Russian soldiers were wounded when "
            "drones hit their trench on 20 October, a claim Moscow denied.",
            "2025-10-20",
        ),
        # a month is no incident's day: the count stands when it is given
        (
            "Officials said on Thursday that 2,500 Ukrainian soldiers were killed when "
            "the town fell in May.",
            "2025-10-23",
        ),
    ],
)
def test_news_deaths_in_an_incident_are_as_of_its_day_not_the_telling(
    news: News, text: str, as_of: str
) -> None:
    claims = news(text, published=date(2025, 10, 24)).claims
    assert [str(c.as_of) for c in claims] == [as_of]


@pytest.mark.parametrize(
    "incident",
    [
        "The transport plane crashed near the border on 24 January, killing all aboard.",
        "A plane carrying prisoners crashed shortly after 9 a.m. on 24 January.",
        "Officials confirmed the crash of the transport on 24 January within hours.",
    ],
)
def test_news_a_total_before_the_crash_is_as_of_the_crash(news: News, incident: str) -> None:
    text = (
        f"{incident} Relatives gathered outside the ministry in Kyiv.\n\n"
        "The coordination centre had said that 3,035 Ukrainians were freed in 49 "
        "exchanges before the crash."
    )
    assert news(text, published=date(2025, 10, 23)).tally_day_list() == ["2025-01-24"]


def test_news_deaths_in_the_explosion_told_before_are_as_of_its_day(news: News) -> None:
    text = (
        "An explosion tore through the barracks late on Tuesday. Families were not told "
        "for days. Russia's ministry said 50 Ukrainian prisoners of war died in the explosion."
    )
    claims = news(text, published=date(2025, 10, 24)).claims
    assert [str(c.as_of) for c in claims] == ["2025-10-21"]


def test_news_the_crash_is_not_dated_by_another_events_day(news: News) -> None:
    text = (
        "The crash came a week after the swap on 17 January. Relatives gathered outside "
        "the ministry in Kyiv. The coordination centre had said that 3,035 Ukrainians were "
        "freed in 49 exchanges before the crash."
    )
    assert news(text, published=date(2025, 10, 23)).tally_day_list() == ["2025-10-23"]


@pytest.mark.parametrize(
    ("listed", "rank", "day"),
    [
        ("on June 11 and another 1,200 on June 14", "first handover", "2025-06-11"),
        ("on June 11 and another 1,200 on June 14", "second handover", "2025-06-14"),
        ("on the 11th and again on the 14th", "first stage", "2025-06-11"),
        ("on the 11th and again on the 14th", "second batch", "2025-06-14"),
    ],
)
def test_news_a_stage_named_by_its_rank_is_that_listed_day(
    news: News, listed: str, rank: str, day: str
) -> None:
    text = (
        f"In June, Kyiv's coordination centre received 1,212 bodies {listed}. Moscow said "
        f"it had got back 27 bodies of its own soldiers in the {rank}."
    )
    exchanges = news(text, published=date(2025, 10, 23)).exchanges
    dated = {str(e.period) for e in exchanges for t in e.transfers if str(t.count) == "27"}
    assert dated == {day}


@pytest.mark.parametrize(
    "restated",
    [
        "Russia's defence ministry said on Thursday that 60 servicemen had been returned.",
        "The Russian ministry said on Thursday that 60 of its troops had come home.",
    ],
)
def test_news_a_figure_restated_on_the_day_it_was_told_keeps_the_exchanges_day(
    news: News, restated: str
) -> None:
    text = (
        "Ukraine freed 60 Russian prisoners in return for 140 of its own soldiers. The swap "
        f"was carried out late on Wednesday near the border. {restated}"
    )
    exchanges = news(text, published=date(2025, 10, 23)).exchanges
    assert [str(e.period) for e in exchanges] == ["2025-10-22"]


@pytest.mark.parametrize(
    "rival",
    [
        "Kyiv's prisoner office said on Thursday that it was Ukraine that had handed 12 "
        "badly injured Russian captives over to Moscow.",
        "The Ukrainian side insisted on Thursday that 12 gravely wounded Russians had been "
        "sent home to Russia, on humanitarian grounds.",
        "According to Moscow, which spoke on Thursday, Russia had received 12 seriously "
        "wounded soldiers of its own, not the other way round.",
    ],
)
def test_news_a_rival_account_of_a_handovers_direction_keeps_the_exchanges_day(
    news: News, rival: str
) -> None:
    text = (
        "Ukraine got back 90 prisoners of war from Russia on Wednesday and, as what the "
        "Kremlin called a goodwill gesture, received 12 seriously wounded soldiers as well. "
        f"{rival}"
    )
    exchanges = news(text, published=date(2025, 10, 23)).exchanges
    assert [str(e.period) for e in exchanges] == ["2025-10-22"]
    twelve = {
        (t.sender.code if t.sender else None, t.receiver.code)
        for t in exchanges[0].transfers
        if str(t.count) == "12"
    }
    assert twelve == {("RUS", "UKR"), ("UKR", "RUS")}


@pytest.mark.parametrize(
    "second",
    [
        "Officials said the September exchange took the number of Ukrainians freed to 5,100.",
        "The September swap, officials said, was the 50th and brought the total of Ukrainians "
        "freed to 5,100.",
    ],
)
def test_news_a_total_raised_by_a_swap_named_by_its_month_is_as_of_its_day(
    news: News, second: str
) -> None:
    text = (
        "Russia and Ukraine last swapped prisoners on Sept. 30, when 80 Ukrainians were "
        f"released in return for 80 Russians. {second}"
    )
    assert news(text, published=date(2025, 10, 23)).tally_day_list() == ["2025-09-30"]


@pytest.mark.parametrize(
    ("first", "as_of"),
    [
        (
            "Ombudsman Lubinets said on Tuesday that Kyiv had handed Moscow a new list.",
            "2025-10-21",
        ),
        # the day of an exchange, not of a statement: the total stands when it is told
        ("The exchange took place on Tuesday, when 80 Ukrainian soldiers came home.", "2025-10-23"),
    ],
)
def test_news_a_total_also_said_is_as_of_the_statement_just_told(
    news: News, first: str, as_of: str
) -> None:
    text = f"{first} Officials also said that 5,100 Ukrainians had come home since 2022."
    assert news(text, published=date(2025, 10, 23)).tally_day_list() == [as_of]


@pytest.mark.parametrize(
    "text",
    [
        "The most recent exchange, on 2 October, returned 185 Ukrainian soldiers; in all, "
        "5,600 Ukrainians have come home since 2022, officials say.",
        "The last swap, on Oct. 2, brought 185 Ukrainian soldiers home; according to the "
        "ombudsman, 5,600 Ukrainians have been freed in 60 exchanges since the invasion.",
    ],
)
def test_news_a_date_before_a_semicolon_does_not_date_the_total_after_it(
    news: News, text: str
) -> None:
    assert news(text, published=date(2025, 10, 23)).tally_day_list() == ["2025-10-23"]


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "Last month Russia and Ukraine freed 800 prisoners each in four stages between "
            "3 and 19 September.",
            {"2025-09-19"},
        ),
        (
            "The talks followed the biggest release of the year: last month Russia and Ukraine "
            "each freed 800 prisoners, in four rounds between September 3 and 6.",
            {"2025-09-06"},
        ),
        # the span belongs to the figure after it, not to the year's total
        (
            "This year Ukraine has received 5,000 bodies in handovers; between 3 and 19 "
            "September alone, 800 bodies came back.",
            {"2025-10-23", "2025-09-19"},
        ),
    ],
)
def test_news_a_total_summed_between_two_days_stands_on_the_last(
    news: News, text: str, as_of: set[str]
) -> None:
    assert set(news(text, published=date(2025, 10, 23)).tally_day_list()) == as_of


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "The volunteers have now confirmed by name more than 96,000 Russian soldiers killed "
            "in Ukraine, according to their update of 12 September.",
            "2025-09-12",
        ),
        (
            "According to the ombudsman's bulletin of 14 October, 5,600 Ukrainians have come "
            "home since 2022.",
            "2025-10-14",
        ),
    ],
)
def test_news_a_count_dated_by_its_update_of_a_day_is_as_of_that_day(
    news: News, text: str, as_of: str
) -> None:
    result = news(text, published=date(2025, 10, 23))
    assert [str(r.as_of) for r in [*result.claims, *result.tallies]] == [as_of]


@pytest.mark.parametrize(
    ("second", "period"),
    [
        ("The exchange came after a swap earlier this month in which 90 Ukrainian soldiers "
         "came home.", "2025-10"),
        ("It followed an exchange this week in which 90 Ukrainian civilians were freed.",
         "2025-W43"),
        ("The handover followed a prisoner exchange earlier this month in which, officials "
         "said, 90 Ukrainian soldiers were returned.", "2025-10"),
    ],
)  # fmt: skip
def test_news_an_exchange_the_story_followed_is_another_exchange(
    news: News, second: str, period: str
) -> None:
    text = f"Russia handed back 120 Ukrainian soldiers on Tuesday, officials said.\n\n{second}"
    exchanges = news(text, published=date(2025, 10, 23)).exchanges
    assert sorted(str(e.period) for e in exchanges) == sorted(["2025-10-21", period])


@pytest.mark.parametrize(
    "text",
    [
        "Some 5,000 Ukrainians had come home by the end of 2024, a figure officials now put at "
        "5,600 after the October 2 exchange, in which 185 soldiers returned.",
        "Kyiv says 5,600 Ukrainians have now been freed, counting the 2 October swap.",
    ],
)
def test_news_a_total_brought_up_to_date_after_a_dated_exchange_is_as_of_its_day(
    news: News, text: str
) -> None:
    assert "2025-10-02" in news(text, published=date(2025, 10, 23)).tally_day_list()


# -- the day a group told as captured was taken ---------------------------------------

_CAPTURED_COUNTS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def _captured_days(news: News, text: str) -> list[str]:
    claims = news(text, published=date(2025, 1, 13)).claims
    return [str(c.as_of) for c in claims if c.category.value == "captured"]


@given(
    count=st.sampled_from(sorted(_CAPTURED_COUNTS)),
    noun=st.sampled_from(["men", "soldiers", "prisoners"]),
    verb=st.sampled_from(["were captured", "had been captured", "were taken prisoner"]),
    aside=st.sampled_from(["", ", one of them wounded,", ", aged 20 and 26,"]),
    place=st.sampled_from(["", " in the Kursk region"]),
    day=st.integers(min_value=5, max_value=11),
)
def test_news_a_captured_count_is_dated_by_the_day_the_group_was_taken(
    news: News, count: int, noun: str, verb: str, aside: str, place: str, day: int
) -> None:
    # "... two soldiers captured in Kursk, Zelensky said on Sunday. The two men were
    # captured on Jan. 9": the captured count stands on the day they were taken.
    word = _CAPTURED_COUNTS[count]
    text = (
        f"Ukraine is ready to hand over {word} North Korean soldiers captured in Russia's "
        "Kursk region to Pyongyang, President Zelensky said on Sunday. "
        f"The {word} {noun}{aside} {verb}{place} on January {day} and are being questioned."
    )
    assert _captured_days(news, text) == [f"2025-01-{day:02d}"]


@pytest.mark.parametrize(
    "after",
    [
        "The three men were captured on January 9.",  # another count
        "The two men were questioned on January 9.",  # not taken then
        "Two men were captured on January 9.",  # no group taken up again
        "The two men were captured in the autumn, on November 9.",  # a clause between
    ],
)
def test_news_a_captured_count_keeps_its_day_without_the_groups_capture(
    news: News, after: str
) -> None:
    text = (
        "Ukraine is ready to hand over two North Korean soldiers captured in Russia's "
        f"Kursk region to Pyongyang, President Zelensky said on Sunday. {after}"
    )
    assert _captured_days(news, text) == ["2025-01-12"]


@given(
    day=st.integers(min_value=1, max_value=28),
    month=st.integers(min_value=1, max_value=9),
    day_first=st.booleans(),
    weekday=st.sampled_from(["Monday", "Tuesday", "Friday", "Sunday"]),
    count=st.integers(min_value=20, max_value=400),
)
def test_news_on_a_weekday_set_off_before_its_date_is_that_date(
    news: News, day: int, month: int, day_first: bool, weekday: str, count: int
) -> None:
    # Regression: "on Friday, 23 May" told in October was read as the Friday before the report.
    told = f"{day} {_MONTHS[month - 1]}" if day_first else f"{_MONTHS[month - 1]} {day}"
    text = f"Russia and Ukraine swapped {count} prisoners of war each on {weekday}, {told}."
    (exchange,) = news(text, published=date(2025, 10, 23)).exchanges
    assert exchange.period == Period.day(date(2025, month, day))


@given(
    holiday=st.sampled_from(["Easter", "Orthodox Christmas", "New Year"]),
    day=st.integers(min_value=1, max_value=28),
    month=st.integers(min_value=1, max_value=len(_MONTHS)),
    mark=st.sampled_from(["-", ":", "\u2013"]),
    count=st.integers(min_value=20, max_value=400),
)
def test_news_a_day_heading_its_line_dates_a_swap_named_for_a_holiday(
    news: News, holiday: str, day: int, month: int, mark: str, count: int
) -> None:
    # Regression: "APRIL 19 - The Easter exchange: 246 each way" was dated Easter Sunday.
    text = (
        f"{_MONTHS[month - 1].upper()} {day} {mark} The {holiday} exchange: {count} prisoners "
        "of war each way."
    )
    (exchange,) = news(text, published=date(2025, 12, 30)).exchanges
    assert exchange.period == Period.day(date(2025, month, day))


# -- a weekday written right before its date -------------------------------------------


@pytest.mark.parametrize(
    "when",
    ["on Friday 12 September", "on Friday, 12 September,", "on Friday September 12"],
)
def test_news_a_weekday_before_its_date_is_that_date(news: News, when: str) -> None:
    # Regression: without a comma between them, "on Friday 12 September" took the
    # Friday nearest the report (14 November) instead of the date written after it.
    text = (
        f"LVIV, Nov 20 (Wire) - Eighty-four Ukrainian servicemen were freed from Russian "
        f"captivity {when} in an exchange brokered by the UAE, officials said."
    )
    (exchange,) = news(text, published=date(2025, 11, 20)).exchanges
    assert exchange.period == Period.day(date(2025, 9, 12))


def test_news_a_weekday_alone_is_still_the_nearest_one(news: News) -> None:
    text = (
        "LVIV, Nov 20 (Wire) - Eighty-four Ukrainian servicemen were freed from Russian "
        "captivity on Friday, 12 days after talks in Abu Dhabi, officials said."
    )
    (exchange,) = news(text, published=date(2025, 11, 20)).exchanges
    assert exchange.period == Period.day(date(2025, 11, 14))


@given(day=st.integers(1, 28), month=st.sampled_from(_MONTHS))
def test_news_any_weekday_and_date_pair_reads_the_date(day: int, month: str) -> None:
    text = (
        f"Kyiv said 84 Ukrainian soldiers came home from Russian captivity on Monday {day} {month}."
    )
    items = NewsParser().parse(io.StringIO(text), source="a.txt", published=date(2025, 12, 1))
    periods = {i.period for i in items if isinstance(i, Exchange)}
    assert periods == {Period.day(date(2025, _MONTHS.index(month) + 1, day))}
