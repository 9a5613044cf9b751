"""Running totals told by one perfect for two verbs, and sides past an unknown source's comma."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

News = Callable[..., Any]

# Invented surnames the lexicon does not know as speakers.
_NAMES = ("Korvenko", "Maslakov", "Tervish", "Odintsev", "Brannik")


def test_news_a_second_verb_sharing_the_perfect_sums_the_same_span(news: News) -> None:
    result = news(
        "Since March, Moscow has sent back more than 3,200 bodies and taken back about 150."
    )
    assert result.exchanges == []
    assert result.tally_keys() == {
        ("RUS", "UKR", Count.parse("more than 3,200")),
        ("UKR", "RUS", Count.parse("about 150")),
    }
    for tally in result.tallies:
        assert tally.category is PersonCategory.REMAINS
        assert tally.covers.start == date(2025, 3, 1)


def test_news_a_shared_perfect_past_a_long_object_still_sums_the_span(news: News) -> None:
    # harder: the first verb's object carries its receiver and the kinds differ
    result = news(
        "Since the war began, Kyiv has brought home 4,100 of its defenders from Russian "
        "captivity and handed over 2,900 Russian prisoners."
    )
    assert result.exchanges == []
    assert result.tally_keys() == {
        ("RUS", "UKR", Count.exact(4100)),
        ("UKR", "RUS", Count.exact(2900)),
    }


def test_news_two_simple_pasts_joined_by_and_stay_one_handover(news: News) -> None:
    # near miss: no perfect, no span; one day's handover both ways
    result = news("On Tuesday Russia handed over 600 bodies and received 45.")
    assert result.tallies == []
    assert result.ways() == {("RUS", "UKR", Count.exact(600)), ("UKR", "RUS", Count.exact(45))}


def test_news_a_verb_after_comma_and_does_not_borrow_the_perfect(news: News) -> None:
    # near miss: ", and received" may open a clause of its own; no total is read into it
    result = news("Russia has handed over 600 bodies, and received 45.")
    assert result.tallies == []


def test_news_an_unknown_source_does_not_make_the_side_after_its_comma_the_speaker(
    news: News,
) -> None:
    result = news("According to Maslakov, Russia handed over 520 bodies on Tuesday.")
    assert result.tallies == []
    (exchange,) = result.exchanges
    assert [(t.sender.code, t.receiver.code, t.count) for t in exchange.transfers] == [
        ("RUS", "UKR", Count.exact(520))
    ]


def test_news_a_total_behind_a_fronted_span_and_an_unknown_source_is_read(news: News) -> None:
    # harder: the span, the source and the subject each stand before the verb
    result = news(
        "Since the beginning of the year, according to Tervish, Russia has returned to the "
        "Ukrainian side more than 5,100 bodies and received about 240."
    )
    assert result.exchanges == []
    assert result.tally_keys() == {
        ("RUS", "UKR", Count.parse("more than 5,100")),
        ("UKR", "RUS", Count.parse("about 240")),
    }


def test_news_a_known_side_right_after_according_to_is_still_the_source(news: News) -> None:
    # near miss: "according to Russia" names the source; Ukraine is the clause's subject
    result = news("According to Russia, Ukraine handed over 70 bodies on Tuesday.")
    (exchange,) = result.exchanges
    (transfer,) = exchange.transfers
    assert (transfer.sender.code, transfer.receiver.code) == ("UKR", "RUS")
    assert transfer.attributed_to is not None
    assert transfer.attributed_to.party.code == "RUS"


@settings(max_examples=25, deadline=None)
@given(name=st.sampled_from(_NAMES), count=st.integers(min_value=11, max_value=990))
def test_news_any_unknown_source_leaves_the_way_of_the_handover(
    news: News, name: str, count: int
) -> None:
    result = news(f"According to {name}, Ukraine handed over {count} bodies on Tuesday.")
    assert result.ways() == {("UKR", "RUS", Count.exact(count))}
