"""Sums of several remains handovers that must not be read as one, and events named "one".

- "Since June, when the talks were held, Kyiv has received 9,000 bodies": a fronted
  "since" with a "when" clause set off in commas still opens the span of a running total;
  "no handover since May, when 900 came back" still dates one handover.
- "Moscow put the number of bodies it had handed over in the three stages at 3,600", or
  the same after "In total,": a sum of stages, with the pronoun "it" the sender named first.
- "The handover followed one on Wednesday and one on Saturday": "one" is a handover, not
  a body; "nine bodies on Friday and one on Saturday" still counts one body.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_PUBLISHED = date(2025, 11, 14)


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(2_000, 19_000),
    event=st.sampled_from(["the sides met in Geneva", "the talks in Istanbul ended"]),
)
def test_news_a_fronted_since_with_a_when_clause_is_a_total(news: News, n: int, event: str) -> None:
    """Whatever the event told, the figure past the clause's closing comma is the span's."""
    read = news(f"Since March, when {event}, Kyiv has received {n:,} bodies.", published=_PUBLISHED)
    assert read.tally_keys_as_text() == {("RUS", "UKR", f"{n:,}")}
    assert not read.ways_as_text()


def test_news_a_fronted_since_total_with_an_aside(news: News) -> None:
    """Harder form: a hedge and an aside inside the main clause."""
    read = news(
        "Since April, when the exchanges of the dead resumed, Ukraine has taken back, by "
        "its own count, roughly 7,400 bodies.",
        published=_PUBLISHED,
    )
    assert {(s, r) for s, r, _ in read.tally_keys_as_text()} == {("RUS", "UKR")}
    assert not read.ways_as_text()


def test_news_since_a_date_when_one_handover_happened_is_not_a_total(news: News) -> None:
    """Near miss: the "when" clause after a trailing "since" tells that day's handover."""
    read = news(
        "No handover has taken place since May, when Ukraine received 640 bodies.",
        published=_PUBLISHED,
    )
    assert not read.tallies


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(1_500, 9_000),
    opening=st.sampled_from(["In total, ", "Altogether, ", ""]),
    stages=st.sampled_from(["in the three stages ", "in the two rounds ", ""]),
)
def test_news_a_number_put_over_several_stages_is_the_senders_total(
    news: News, n: int, opening: str, stages: str
) -> None:
    """A sum over stages (or after a word of summing) is a tally sent by the side named first."""
    if not opening and not stages:
        return  # one exchange's figure: another rule's
    text = f"{opening}Moscow put the number of bodies it had handed over {stages}at {n:,}."
    read = news(text, published=_PUBLISHED)
    assert read.tally_keys_as_text() == {("RUS", "UKR", f"{n:,}")}
    assert not read.ways_as_text()


def test_news_a_number_received_over_rounds_is_the_receivers_total(news: News) -> None:
    """Harder form: the receiving side's pronoun, and "the Ukrainian side" as the subject."""
    read = news(
        "Altogether, the Ukrainian side put the number of bodies it had received in the "
        "four rounds at 4,810.",
        published=_PUBLISHED,
    )
    assert read.tally_keys_as_text() == {("RUS", "UKR", "4,810")}


def test_news_a_number_put_for_one_day_stays_one_handover(news: News) -> None:
    """Near miss: a single day's figure is one exchange, not a total."""
    read = news(
        "Moscow put the number of bodies it had handed over on Friday at 1,200.",
        published=_PUBLISHED,
    )
    assert not read.tallies
    assert ("RUS", "UKR", "1,200") in read.ways_as_text()


def test_news_one_after_a_word_of_sequence_is_a_handover(news: News) -> None:
    """ "followed one on Wednesday ... and one on Saturday": no body counted as 1."""
    read = news(
        "KYIV - Ukraine received 1,150 bodies on Friday. The handover followed one on "
        "Wednesday, when 1,090 bodies came back, and one on Saturday 8 November.",
        published=_PUBLISHED,
    )
    assert "1" not in {c for _, _, c in read.ways_as_text()}


def test_news_one_more_body_is_still_counted(news: News) -> None:
    """Near miss: "nine bodies on Friday and one on Saturday" counts one body."""
    read = news(
        "KYIV - Ukraine received nine bodies on Friday and one on Saturday.", published=_PUBLISHED
    )
    assert ("RUS", "UKR", "1") in read.ways_as_text()
