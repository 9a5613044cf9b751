"""Running totals told in ways seen across several blind sets (issue 8).

"from captivity since 2022" dates a sum of returns, not a detention; "over the
whole war" is the span of a sum; "now exceeds 3,700" hedges like "has exceeded".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]

LEAD = "Russia and Ukraine swapped 150 prisoners of war each on Wednesday, officials said. "


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Ukraine has brought home 4,306 people from Russian captivity since 2022, "
            "Zelensky said.",
            Count.exact(4_306),
        ),
        (
            "Zelensky said Ukraine had returned 4,306 of its people from captivity since 2022.",
            Count.exact(4_306),
        ),
        (
            "Some 2,100 soldiers have come back from Russian custody since the war began, "
            "the ombudsman said.",
            Count.approx(2_100),
        ),
    ],
)
def test_news_returns_from_captivity_since_a_start_are_a_tally(
    news: News, text: str, count: Count
) -> None:
    """The figure is read as a running total received by Ukraine."""
    tallies = news(LEAD + text).tallies
    assert [(t.receiver.code, t.count) for t in tallies] == [("UKR", count)]


@pytest.mark.parametrize(
    "text",
    [
        "Eight residents held in captivity since 2022 were returned on Friday.",
        "The 40 men, in Russian captivity since 2022, came home on Friday.",
    ],
)
def test_news_people_held_since_a_date_are_no_tally(news: News, text: str) -> None:
    """ "held in captivity since 2022" still says how long people were held."""
    assert news(LEAD + text).tallies == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Over the whole war, the headquarters said, 11,744 bodies have now been returned "
            "to Ukraine.",
            Count.exact(11_744),
        ),
        (
            "Throughout the war, Ukraine has recovered about 9,000 bodies of its soldiers, "
            "officials said.",
            Count.approx(9_000),
        ),
        (
            "Across the war, Ukraine has received 6,200 bodies, the ministry said.",
            Count.exact(6_200),
        ),
    ],
)
def test_news_the_whole_war_as_a_span_makes_a_tally(news: News, text: str, count: Count) -> None:
    """ "over the whole war", "throughout the war": the figure sums every repatriation."""
    tallies = news(LEAD + text).tallies
    assert [(t.receiver.code, t.category.value, t.count) for t in tallies] == [
        ("UKR", "remains", count)
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The ombudsman says the number of Ukrainians freed since 2022 now exceeds 3,900.",
            Count.more_than(3_900),
        ),
        (
            "The number of soldiers returned to Ukraine since 2022 now tops 4,000, officials say.",
            Count.more_than(4_000),
        ),
        (
            "The number of people returned to Ukraine since 2022 now totals 5,100, officials say.",
            Count.exact(5_100),
        ),
    ],
)
def test_news_a_number_that_now_exceeds_a_level_is_a_tally(
    news: News, text: str, count: Count
) -> None:
    """The present tense of passing a level ("exceeds", "tops") hedges like the past."""
    tallies = news(LEAD + text).tallies
    assert [(t.receiver.code, t.count) for t in tallies] == [("UKR", count)]


def test_news_a_toll_that_now_exceeds_a_level_is_more_than_it(news: News) -> None:
    """The same hedge on a claim: "the death toll now exceeds 46,000"."""
    claims = news("Ukraine's death toll now exceeds 46,000, Zelensky says.").claims
    assert [c.count for c in claims] == [Count.more_than(46_000)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a place's people back "from captivity" may be its soldiers too: of no one kind
        (
            "The Odesa regional council says 96 residents of the region have come back from "
            "Russian captivity since the invasion.",
            "other",
        ),
        (
            "Ukraine's coordination headquarters says 58 Zhytomyr residents were released from "
            "captivity in Friday's exchange.",
            "other",
        ),
        # residents moved with no captivity told stay civilians
        (
            "Russia handed 31 residents of occupied Kherson region over to Ukraine on Friday, "
            "Kyiv's ombudsman said.",
            "civilians",
        ),
    ],
)
def test_news_residents_back_from_captivity_are_of_no_one_kind(
    news: News, text: str, kind: str
) -> None:
    result = news(text)
    told = [t.category.value for e in result.exchanges for t in e.transfers]
    told += [t.category.value for t in result.tallies]
    assert told == [kind], text
