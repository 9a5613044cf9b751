"""An apposition of people set off by hyphens typed for dashes: "50,000 Ukrainians - troops
and civilians - are listed as missing".

A hyphen with a space on each side is a dash; the verb after the closing one is still
the figure's own, as it is after commas or real dashes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2025, 8, 30)


@settings(max_examples=25, deadline=None)
@given(
    count=st.integers(2, 90).map(lambda n: n * 1000),
    aside=st.sampled_from(["soldiers and civilians", "troops and civilians alike", "civilians"]),
    status=st.sampled_from(["registered as missing", "listed as missing", "missing"]),
)
def test_news_hyphen_set_off_people_keep_their_verb(
    news: News, count: int, aside: str, status: str
) -> None:
    text = f"The commissioner said that {count:,} Ukrainians - {aside} - were {status}."
    claims = news(text, published=_DAY).claims
    assert [(c.subject.code, c.category.value) for c in claims] == [("UKR", "missing")]


def test_news_hyphen_aside_in_a_harder_form(news: News) -> None:
    """The harder form: a hedge, a date and "more than" with the aside."""
    text = (
        "In a briefing on 12 June the ombudsman's office said more than 9,500 Ukrainians - "
        "soldiers and civilians - were still held in Russian captivity."
    )
    claims = news(text, published=_DAY).claims
    assert [(c.subject.code, c.category.value) for c in claims] == [("UKR", "captured")]


def test_news_an_unspaced_hyphen_opens_no_aside(news: News) -> None:
    """Near miss: a hyphenated word is no dash, and a date range is no aside of people."""
    text = "The report covered 1,200 families in mid-June - far fewer than last year."
    assert news(text, published=_DAY).claims == []
