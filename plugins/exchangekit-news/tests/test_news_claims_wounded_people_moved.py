"""Wounded people who are handed over or come home are people moved, not a toll of wounded.

"along with 300 wounded prisoners" in a handover (offered or done) and "another 15 badly
wounded came home" describe the people moved; "4,000 soldiers were wounded" and "about
90,000 wounded" with nothing moved stay casualty claims.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_DAY = date(2025, 4, 2)


def _wounded(news: News, text: str) -> list[Any]:
    return [c for c in news(text, published=_DAY).claims if c.category.value == "wounded"]


@settings(max_examples=25, deadline=None)
@given(
    count=st.integers(3, 400),
    adverb=st.sampled_from(["", "seriously ", "badly "]),
    verb=st.sampled_from(["had come home", "returned home", "have come back", "were returned"]),
)
def test_news_wounded_who_come_home_make_no_claim(
    news: News, count: int, adverb: str, verb: str
) -> None:
    text = f'The president wrote that "our 120 and another {count} {adverb}wounded" {verb}.'
    assert _wounded(news, text) == []


def test_news_wounded_along_with_a_handover_make_no_claim(news: News) -> None:
    """The harder form: an offer, a long object and the wounded joined by "along with"."""
    text = (
        "Moscow's negotiator said on Friday that it stood ready to hand over the remains of "
        "3,000 soldiers, as promised, along with 250 wounded and sick prisoners in a first "
        "stage."
    )
    assert _wounded(news, text) == []


def test_news_a_wounded_toll_with_no_move_stays_a_claim(news: News) -> None:
    """Near miss: a side's count of its wounded, with no one handed over or coming home."""
    text = "The general staff said that 4,000 Ukrainian soldiers had been wounded in March."
    (claim,) = _wounded(news, text)
    assert claim.subject.code == "UKR"
