"""People counted as a monitor's interviewees are a sample, never a handover of that many.

"Of 120 POWs interviewed after their release, most described abuse": the release told
in the clause is how they came to be talked to; the figure is not a transfer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2025, 3, 14)


@settings(max_examples=10, deadline=None)
@given(
    count=st.integers(20, 400),
    verb=st.sampled_from(["interviewed", "questioned", "surveyed"]),
)
def test_news_interviewees_after_release_are_no_transfer(news: News, count: int, verb: str) -> None:
    read = news(
        f"Of {count} Ukrainian soldiers {verb} after their release in February, most"
        " said they had been beaten in captivity.",
        published=_PUBLISHED,
    )
    assert not any(e.transfers for e in read.exchanges)
    # nor a running total or a loss invented from the sample
    assert read.tallies == []
    assert read.claims == []


def test_news_interviewees_spoken_to_after_freed(news: News) -> None:
    """The harder form: "spoken to" with a clause of freeing, and a monitor as subject."""
    read = news(
        "The monitoring team said that 64 Ukrainian prisoners of war spoken to after they"
        " were freed in a swap last month gave consistent accounts of abuse.",
        published=_PUBLISHED,
    )
    assert not any(e.transfers for e in read.exchanges)


def test_news_freed_people_later_interviewed_stay_a_transfer(news: News) -> None:
    """The near miss: the count is freed first; interviewing them later changes nothing."""
    read = news(
        "Russia freed 95 Ukrainian soldiers on Monday in an exchange; monitors later"
        " interviewed them.",
        published=_PUBLISHED,
    )
    legs = {
        (t.sender.code, t.receiver.code, str(t.count)) for e in read.exchanges for t in e.transfers
    }
    assert ("RUS", "UKR", "95") in legs


def test_news_received_people_interviewed_before_release_stay_a_transfer(news: News) -> None:
    """The near miss: the count is the object of a done handover; the participle describes them."""
    read = news(
        "Ukraine received 140 POWs interviewed by UN monitors before their release on Friday.",
        published=_PUBLISHED,
    )
    legs = {
        (t.sender.code, t.receiver.code, str(t.count)) for e in read.exchanges for t in e.transfers
    }
    assert ("RUS", "UKR", "140") in legs


def test_news_interviewees_make_no_tally_or_claim_either(news: News) -> None:
    """A sample is no running total and no loss: nothing at all is read of it."""
    read = news(
        "Of 88 Ukrainian soldiers questioned after their release, most described beatings.",
        published=_PUBLISHED,
    )
    assert not any(e.transfers for e in read.exchanges)
    assert read.tallies == []
    assert read.claims == []
