"""A source that "spoke of" or "talked of" a figure gives it, as one that "said" it does.

"The ombudsman's office spoke of more than 70,000 people missing": the verb of speaking
with "of" and a count after it reports the count, so the office is its teller and its own
country's people are the ones counted. "Spoke to 300 families" names whom it talked to,
and "spoke for 40 minutes" how long: neither reports a figure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_PUBLISHED = date(2025, 9, 4)


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(2_200, 95_000),
    verb=st.sampled_from(["spoke of", "talked of", "speaks of", "has spoken of"]),
    teller=st.sampled_from(
        ["Ukraine's ombudsman", "Ukraine's commissioner for missing persons", "Kyiv's ombudsman"]
    ),
)
def test_news_spoke_of_people_missing_is_the_tellers_claim(
    news: News, found: Found, count: int, verb: str, teller: str
) -> None:
    read = news(f"{teller} {verb} {count:,} people missing.", published=_PUBLISHED)
    assert found(read) == {("UKR", "missing", Count.exact(count))}
    assert not read.exchanges


def test_news_spoke_of_with_a_hedge_and_an_aside(news: News, found: Found) -> None:
    """A hedge before the count and an aside after it keep the office as the teller."""
    read = news(
        "In a report out last month, Ukraine's human rights office talked of over 61,500"
        " people missing, soldiers and civilians alike.",
        published=_PUBLISHED,
    )
    assert found(read) == {("UKR", "missing", Count.more_than(61_500))}
    assert [(c.claimant.kind.value, c.claimant.party.code) for c in read.claims] == [
        ("government", "UKR")
    ]


def test_news_spoke_of_the_enemys_dead(news: News, found: Found) -> None:
    """A military command that talks of enemy dead gives the other side's losses."""
    read = news(
        "Ukraine's General Staff talked of 1,240 enemy soldiers killed over the past day.",
        published=_PUBLISHED,
    )
    assert ("RUS", "killed", Count.exact(1_240)) in found(read)


def test_news_spoke_to_or_for_is_no_figure_given(news: News, found: Found) -> None:
    """The near misses: whom a source spoke to, how long it spoke, a year it spoke of."""
    for text in (
        "Ukraine's ombudsman spoke to 320 families of soldiers listed as missing.",
        "Ukraine's ombudsman spoke with 45 relatives of missing soldiers on Friday.",
        "Ukraine's ombudsman spoke for 40 minutes about the people still missing.",
        "Ukraine's ombudsman spoke of 2024 as the hardest year for families of the missing.",
    ):
        assert not found(news(text, published=_PUBLISHED)), text


def test_news_spoke_of_negated_gives_no_figure(news: News, found: Found) -> None:
    """A denied "spoke of" gives no figure, as a denied "said" does not."""
    for text in (
        "Ukraine's ombudsman did not speak of 52,000 people missing.",
        "Kyiv's ombudsman has never talked of 48,300 soldiers missing.",
        "Ukraine's ombudsman spoke of 7,100 soldiers missing, but did not talk of 52,000.",
    ):
        assert Count.exact(52_000) not in {c for *_, c in found(news(text))}, text
        assert Count.exact(48_300) not in {c for *_, c in found(news(text))}, text
