"""A verb of counting gives its subject's number, with or without a hedge.

"The bodies returned to Ukraine since 2022 number more than 9,000" and "the bodies it
had handed over numbered 4,210 in total" state a running total as the number of the
people the subject names, as "totalled 6,057" already did; a hedge between the verb and
the figure ("number more than", "totalled about") keeps it a total.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

_DAY = date(2025, 11, 2)
Tallies = set[tuple[str, str, str, int]]


def _tallies(news: Callable[..., object], text: str) -> Tallies:
    read = news(text, published=_DAY)
    return {
        (t.sender.code, t.receiver.code, t.category.value, t.count.low)
        for t in read.tallies  # type: ignore[attr-defined]
    }


@settings(max_examples=25, deadline=None)
@given(
    thousands=st.integers(min_value=3, max_value=20),
    verb=st.sampled_from(["number", "now number", "totalled", "numbered"]),
    hedge=st.sampled_from(["more than", "over", "about", "just over"]),
    span=st.sampled_from(["since 2022", "this year", "since the start of the year"]),
)
def test_a_counting_verb_past_a_hedge_gives_the_total(
    news: Callable[..., object], thousands: int, verb: str, hedge: str, span: str
) -> None:
    n = thousands * 1000
    text = f"Officials said the bodies returned to Ukraine {span} {verb} {hedge} {n:,}."
    found = _tallies(news, text)
    assert [t for t in found if t[:3] == ("RUS", "UKR", "remains")], found


def test_a_pronoun_subject_in_a_harder_form(news: Callable[..., object]) -> None:
    """The harder form: the side is the speaker's, told by "it had handed over"."""
    text = (
        "Since the talks began in May, Russia's negotiator said, the bodies it had handed over "
        "numbered 4,210 in total, against 55 received by Russia."
    )
    assert ("RUS", "UKR", "remains", 4210) in _tallies(news, text)


def test_one_day_counted_by_a_verb_is_no_total(news: Callable[..., object]) -> None:
    """Near miss: the prisoners freed on one day "numbered about 90": that day's, no total."""
    text = "Officials said the prisoners freed on Friday numbered about 90."
    assert _tallies(news, text) == set()
