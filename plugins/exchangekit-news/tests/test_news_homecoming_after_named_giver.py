"""People who "have returned" after a clause in which a named side gave people up.

"Russia freed 90 soldiers on Tuesday; so far 3,767 soldiers have returned since 2022":
the side named in the clause before is the one that handed people over, so it is not
the home of those who came back; they came back where that handover's people went.
A side named as the one that received ("Russia received 90 ...") is still their home.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
THURSDAY = date(2025, 6, 12)
OTHER = {"Russia": "UKR", "Ukraine": "RUS"}
CODE = {"Russia": "RUS", "Ukraine": "UKR"}


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Russia freed 85 soldiers on Tuesday; so far 3,410 soldiers have returned since 2022.",
            ("RUS", "UKR", Count.exact(3_410)),
        ),
        (
            "Ukraine released 64 servicemen on Monday; in all, 1,950 servicemen have come"
            " home since 2022.",
            ("UKR", "RUS", Count.exact(1_950)),
        ),
        (
            "Russia handed over 70 soldiers on Friday, and 2,480 soldiers have returned"
            " since 2022.",
            ("RUS", "UKR", Count.exact(2_480)),
        ),
    ],
)
def test_news_those_returned_go_where_the_givers_people_went(
    news: News, text: str, total: tuple[str, str, Count]
) -> None:
    assert news(text, published=THURSDAY).tally_keys() == {total}


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=200, max_value=9_000).filter(lambda n: not 1800 <= n <= 2100),
    giver=st.sampled_from(["Russia", "Ukraine"]),
    verb=st.sampled_from(["freed", "released", "handed over"]),
)
def test_news_the_giver_is_never_the_home_of_those_returned(
    news: News, n: int, giver: str, verb: str
) -> None:
    """Whatever the side and the verb, the total never runs back to the side that gave."""
    text = f"{giver} {verb} 90 soldiers on Tuesday; so far {n:,} soldiers have returned."
    assert all(
        receiver != CODE[giver] for _, receiver, _ in news(text, published=THURSDAY).tally_keys()
    )


def test_news_a_named_receiver_is_still_the_home(news: News) -> None:
    """Near miss: the side that received in the clause before is where they came back."""
    text = "Russia received 90 soldiers on Tuesday; so far 3,410 soldiers have returned since 2022."
    assert news(text, published=THURSDAY).tally_keys() == {("UKR", "RUS", Count.exact(3_410))}
