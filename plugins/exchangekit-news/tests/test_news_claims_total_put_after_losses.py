"""'It put the total at N' after a sentence naming one side's losses is no exchange tally.

"Kyiv's army command issues a daily update of Russian losses. It put the total since
2022 at 1,020,000": "it" takes up the series of losses just named. Read as "a total"
alone it became an exchange tally to the speaker's side, a figure of the wrong kind
entirely; the rule refuses that tally (reading the loss claim is left for later).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 6, 12)


@settings(max_examples=15, deadline=None)
@given(
    total=st.integers(700, 1_200).map(lambda k: k * 1000 + 340),
    start=st.sampled_from(["", " since the invasion", " since February 2022"]),
    named=st.sampled_from(["Russian losses", 'what it calls Russian "personnel losses"']),
)
def test_news_a_total_put_after_losses_named_is_no_tally(
    news: News, total: int, start: str, named: str
) -> None:
    read = news(
        f"Ukraine's General Staff issues a daily update of {named}."
        f" It put the total{start} at {total:,}.",
        published=_PUBLISHED,
    )
    assert not read.tallies
    assert not read.exchanges


def test_news_a_hedged_total_with_the_day_added(news: News) -> None:
    """The harder form: "as of" a day, a hedge, and the day's rise told after it."""
    read = news(
        "The army command in Kyiv keeps a running count of Russian losses. As of Monday it"
        " put the total since February 2022 at roughly 1,010,000, having added 1,200 in the"
        " previous 24 hours.",
        published=_PUBLISHED,
    )
    assert not read.tallies
    assert not read.exchanges


def test_news_a_total_put_after_people_brought_home_is_no_loss_claim(
    news: News, found: Found
) -> None:
    """The near miss: the sentence before counts people brought home, not losses."""
    read = news(
        "Kyiv's coordination headquarters keeps a count of the prisoners brought home."
        " It put the total since 2022 at 5,100.",
        published=_PUBLISHED,
    )
    assert found(read) == set()
    assert [t.receiver.code for t in read.tallies] == ["UKR"]


def test_news_a_total_of_people_put_after_losses_is_no_loss_claim(news: News, found: Found) -> None:
    """The near miss: the total names its own people handed over, not the losses before."""
    read = news(
        "Ukraine's General Staff issues a daily update of Russian losses. Kyiv put the total"
        " of prisoners returned since 2022 at 5,100.",
        published=_PUBLISHED,
    )
    assert found(read) == set()
