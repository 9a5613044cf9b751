"""Dates and standing of casualty claims (b29-j).

A daily loss figure told with the day of its statement ("said on Tuesday that ... over
the previous day") stands on the statement's day, as every daily bulletin is dated.

A figure read from a copy of a document the text then says was faked ("that version was
doctored") is no one's estimate: it is not published as a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import Period

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "The army's general staff said on Tuesday that the enemy had lost 870 Russian "
        "soldiers over the previous day.",
        # harder: a part of the day after the weekday, a running total after the window
        "Kyiv's general staff said on Tuesday evening that Russian troops had lost 940 men "
        "in the previous day, bringing its count of Russian losses to 1,012,400.",
    ],
)
def test_news_daily_figure_stands_on_the_statement_day(news: News, text: str) -> None:
    """ "Over the previous day" is the figure's window, not its date."""
    claims = news(text, published=date(2025, 3, 12)).claims
    assert claims
    assert {c.as_of for c in claims} == {Period.day(date(2025, 3, 11))}


def test_news_a_deal_the_previous_evening_still_counts_back(news: News) -> None:
    """Near miss: "carried out the previous evening" is a date, the day before the statement."""
    text = (
        "The ministry said on Tuesday that 60 Ukrainian soldiers had come home from "
        "captivity the previous evening."
    )
    (exchange,) = news(text, published=date(2025, 3, 12)).exchanges
    assert exchange.period == Period.day(date(2025, 3, 10))


@pytest.mark.parametrize(
    "disowning",
    [
        "Western officials say that version was doctored.",
        # harder: a perfect passive, an adverb and a noun of faking
        "Analysts said this slide had been clearly altered before it was posted.",
        "Officials in Washington called it crude; those pages are a forgery.",
    ],
)
def test_news_figures_of_a_faked_copy_are_no_claims(news: News, disowning: str) -> None:
    """The figures of the sentence before a copy is called faked are refused."""
    text = (
        "Another copy of the leaked chart surfaced on a Telegram channel. It put Ukrainian "
        f"dead at 61,000 and Russian dead at 14,000. {disowning}"
    )
    assert news(text, published=date(2023, 4, 12)).claims == []


def test_news_a_side_calling_figures_fabricated_leaves_them_claims(news: News) -> None:
    """Near miss: a rival calling the figures fabricated does not disown them for the text."""
    text = (
        "Kyiv said Russia had lost 61,000 soldiers in the winter offensive. Moscow says "
        "those figures are fabricated."
    )
    claims = news(text, published=date(2023, 4, 12)).claims
    assert [(c.subject.code, c.count.best) for c in claims] == [("RUS", 61_000)]


def test_news_a_faked_copy_leaves_the_figures_told_before_it(news: News) -> None:
    """Only the sentence right before the faked copy is disowned, not the genuine one's."""
    text = (
        "The genuine slide put Russian dead at 40,000. A second copy showed Ukrainian dead "
        "at 61,000. Officials say that version was doctored."
    )
    claims = news(text, published=date(2023, 4, 12)).claims
    assert [(c.subject.code, c.count.best) for c in claims] == [("RUS", 40_000)]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said recently that Ukraine had lost close to 900,000 soldiers.",
        # harder: a speaker label, the adverb before the verb
        "PANELLIST: The Kremlin recently claimed that Ukraine had lost 870,000 men in all.",
    ],
)
def test_news_a_figure_said_recently_stands_in_the_month(news: News, text: str) -> None:
    """ "Said recently" gives no day: the claim is dated by the month it is told in."""
    (claim,) = news(text, published=date(2025, 3, 12)).claims
    assert claim.as_of == Period.month(2025, 3)


def test_news_recently_in_another_clause_leaves_the_day(news: News) -> None:
    """Near miss: "recently" about something else leaves the report's day."""
    text = "Moscow said that Ukraine had lost 870,000 soldiers, a count it recently revised."
    (claim,) = news(text, published=date(2025, 3, 12)).claims
    assert claim.as_of == Period.day(date(2025, 3, 12))


@pytest.mark.parametrize("when", ["in December", "in late December last year"])
def test_news_a_year_alone_told_in_its_december_is_that_month(news: News, when: str) -> None:
    """ "Claimed in late December last year that ... in 2024 alone": as of that December."""
    text = f"The ministry claimed {when} that Ukraine had lost 410,000 troops in 2024 alone."
    (claim,) = news(text, published=date(2025, 6, 3)).claims
    assert claim.as_of == Period.month(2024, 12)
