"""A side's press giving another figure for its government's running total: a rival record.

"Russia said it had got back 1,500 of its people in 2024, while a Russian news site put
the figure at 1,300": a newspaper, site or outlet of a side is not one of that side's
offices, so its different figure is no correction of the government's but a rival
count of the same total, the outlet's own. A second office of the same side putting
the figure elsewhere stays unread, as before, and so does the same figure repeated.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, Exchange, ExchangeTally


def _tallies(text: str) -> set[tuple[str, str, Count]]:
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 1, 10), publisher="Desk"
    )
    return {
        (i.receiver.code if i.receiver else "", i.category.value, i.count)
        for i in items
        if isinstance(i, ExchangeTally)
    }


@pytest.mark.parametrize(
    ("text", "side", "rival"),
    [
        (
            "Kyiv said it had taken back 2,100 of its people in 2024, while a Ukrainian "
            "news site put the figure at 1,950.",
            "UKR",
            "1,950",
        ),
        (
            "Moscow said 800 of its people had come home in 2024, while Russian media "
            "put the number at 760.",
            "RUS",
            "760",
        ),
        # harder: a quoted, hedged figure and the span said again after it
        (
            "Russia's ombudsman said Russia had got back 1,500 of its people in 2024, while "
            'a pro-government Russian website put the figure at "more than 1,300" for the '
            "same year.",
            "RUS",
            "more than 1,300",
        ),
    ],
)
def test_news_a_sides_press_gives_a_rival_total(text: str, side: str, rival: str) -> None:
    found = _tallies(text)
    assert (side, "other", Count.parse(rival)) in found


@pytest.mark.parametrize(
    "text",
    [
        # near miss: another office of the same side corrects or restates, it is no rival
        "Russia said it had got back 1,500 of its people in 2024, while the Russian defence "
        "ministry put the figure at 1,300.",
        # near miss: a word after the figure says it counts something else
        "Russia said it had got back 1,500 of its people in 2024, while Russian media put "
        "the figure at 1,300 families.",
    ],
)
def test_news_no_rival_from_the_same_sides_office(text: str) -> None:
    found = _tallies(text)
    assert all(count != Count.parse("1,300") for _, _, count in found)


def _counts(text: str) -> set[Count]:
    items = list(
        NewsParser().parse(
            io.StringIO(text), source="a.txt", published=date(2025, 1, 10), publisher="Desk"
        )
    )
    counts = {i.count for i in items if isinstance(i, ExchangeTally)}
    return counts | {t.count for i in items if isinstance(i, Exchange) for t in i.transfers}


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the span said again is not the span of the figure it rivals
        "Kyiv said 2,100 of its people had come home in 2024, and a Ukrainian site put the"
        " figure at 1,950 for the same month.",
        "Moscow said 800 of its people had come home in November, while Russian media put"
        " the number at 760 for the same year.",
        "Moscow said 800 of its people had come home in 2024, while a Russian tabloid put"
        " the number at 760 for the same week.",
    ],
)
def test_news_press_rival_for_another_span_is_unread(text: str) -> None:
    assert not _counts(text) & {Count.parse("1,950"), Count.parse("760")}


def test_news_press_rival_for_the_same_month_keeps_its_month() -> None:
    found = _counts(
        "Moscow said 800 of its people had come home in November, while a Russian news"
        " site put the number at 760 for the same month."
    )
    assert Count.parse("760") in found


@settings(max_examples=15, deadline=None)
@given(
    whole=st.integers(min_value=200, max_value=9_000).filter(lambda n: not 1800 <= n <= 2100),
    less=st.integers(min_value=10, max_value=190),
)
def test_news_press_rival_keeps_the_governments_total(whole: int, less: int) -> None:
    rival = whole - less
    if 1800 <= rival <= 2100:
        return
    found = _tallies(
        f"Kyiv said it had taken back {whole:,} of its people in 2024, while a Ukrainian "
        f"news site put the figure at {rival:,}."
    )
    assert ("UKR", "other", Count.parse(f"{whole:,}")) in found
    assert ("UKR", "other", Count.parse(f"{rival:,}")) in found
